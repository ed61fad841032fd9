import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';

/**
 * Makes what the transaction does its own undo step. The document's undo manager groups changes
 * made within half a second, so it is told to start a new group before and after.
 */
export const closeUndoGroup = (editor: Editor, dispatch: (tr: Transaction) => void) => {
  const undoManager = yUndoPluginKey.getState(editor.state)?.undoManager;
  undoManager?.stopCapturing();
  dispatch(editor.state.tr);
  undoManager?.stopCapturing();
};
