import { Mark } from '@tiptap/core';
import { suggestionMarkNames } from './suggestion-kind';
import { suggestionMarkSpec } from './suggestion-mark-spec';

/** Text suggested in (suggestion mode), waiting for accept or reject. Renders `<ins>`. */
export const SuggestionInsertion = Mark.create({
  name: suggestionMarkNames.insertion,
  ...suggestionMarkSpec('insertion'),
});
