import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { listSuggestions, type Suggestion } from '../../shared/editor/suggestions/list-suggestions';

const none: Suggestion[] = [];

/** The body's pending suggestions; re-renders only when the list itself changes (deep equality). */
export const usePendingSuggestions = (editor: Editor | null): Suggestion[] =>
  useEditorState({
    editor,
    selector: ({ editor: live }) => (live === null ? none : listSuggestions(live.state.doc)),
  }) ?? none;
