import type { Editor } from '@tiptap/core';
import type { ParagraphRestore } from '../../shared/diff/paragraph-restore';
import { restoreStillApplies } from '../../shared/diff/paragraph-restore';
import { blockText } from '../../shared/diff/block-text';
import type { TiptapNode } from '../../shared/model/tiptap-document';
import { handleParagraphRestores } from './paragraph-restore-bus';

/**
 * Applies a paragraph restore as one ordinary, undoable edit of the editor's document (so it
 * autosaves like typing). Refused when the text no longer matches the comparison.
 */
export const restoreParagraphInEditor = (editor: Editor, restore: ParagraphRestore): boolean => {
  const { doc } = editor.state;
  const textAt = (index: number) =>
    index < doc.childCount ? blockText(doc.child(index).toJSON() as TiptapNode) : undefined;
  if (editor.isDestroyed || !editor.isEditable || !restoreStillApplies(restore, textAt))
    return false;
  let from = 0;
  for (let index = 0; index < restore.index; index += 1) from += doc.child(index).nodeSize;
  const to = restore.kind === 'replace' ? from + doc.child(restore.index).nodeSize : from;
  try {
    const node = editor.schema.nodeFromJSON(restore.node);
    node.check();
    return editor.commands.command(({ tr }) => {
      tr.replaceWith(from, to, node);
      return true;
    });
  } catch {
    return false;
  }
};

/** For the article editor: `useEffect(() => restoreParagraphsInto(editor), [editor])`. */
export const restoreParagraphsInto = (editor: Editor): (() => void) =>
  handleParagraphRestores((restore) => restoreParagraphInEditor(editor, restore));
