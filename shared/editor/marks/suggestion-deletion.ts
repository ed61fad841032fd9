import { Mark } from '@tiptap/core';
import { suggestionMarkNames } from './suggestion-kind';
import { suggestionMarkSpec } from './suggestion-mark-spec';

/** Text suggested out (suggestion mode), kept until accepted or rejected. Renders `<del>`. */
export const SuggestionDeletion = Mark.create({
  name: suggestionMarkNames.deletion,
  ...suggestionMarkSpec('deletion'),
});
