import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { listSuggestions, type Suggestion } from '../../shared/editor/suggestions/list-suggestions';

const none: Suggestion[] = [];

/**
 * The body's pending suggestions; re-renders only when the list itself changes (deep equality).
 * The selector reads `editor`, not the snapshot's: after a reload swaps the body editor, the
 * snapshot keeps the destroyed one until the new one's first transaction.
 */
export const usePendingSuggestions = (editor: Editor | null): Suggestion[] =>
  useEditorState({
    editor,
    selector: () => (editor === null ? none : listSuggestions(editor.state.doc)),
  }) ?? none;
