import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { useUiStore } from '../state/ui-store';

/**
 * Puts the caret in this body when the list or a skip link asked for it: the request names the
 * article, so the text being replaced never takes it.
 */
export function useBodyFocusRequest(editor: Editor, articleId: string | undefined): void {
  const request = useUiStore((state) => state.bodyFocusRequest);
  useEffect(() => {
    if (request === null || request !== articleId) return;
    editor.commands.focus('start', { scrollIntoView: true });
    useUiStore.getState().bodyFocused();
  }, [editor, request, articleId]);
}
