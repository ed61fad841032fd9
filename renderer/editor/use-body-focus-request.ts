import type { Editor } from '@tiptap/core';
import { useLayoutEffect } from 'react';
import { useUiStore } from '../state/ui-store';
import { takeTypedAhead } from './TypingSink';

/**
 * Puts the caret in this body when the list or a skip link asked for it (with what was typed
 * while it loaded): the request names the article, so the text being replaced never takes it.
 */
export function useBodyFocusRequest(editor: Editor, articleId: string | undefined): void {
  const request = useUiStore((state) => state.bodyFocusRequest);
  // In the commit itself: a key pressed between the sink leaving and an effect would be lost.
  useLayoutEffect(() => {
    if (request === null || request !== articleId) return;
    editor.commands.focus('start', { scrollIntoView: true });
    // Tiptap focuses at the next frame; the sink leaves now, and a key pressed in between would
    // fall on the page. Under load that frame comes late enough to lose the first letter.
    editor.view.focus();
    const typed = takeTypedAhead();
    if (typed !== '' && editor.isEditable) editor.commands.insertContent(typed);
    useUiStore.getState().bodyFocused();
  }, [editor, request, articleId]);
}
