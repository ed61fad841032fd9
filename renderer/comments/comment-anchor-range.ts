import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { commentMarkName } from '../../shared/editor/marks/comment-mark';

/** From the first to the last character the thread's mark covers; null when its text is gone. */
export const commentAnchorRange = (
  doc: ProseMirrorNode,
  threadId: string,
): { from: number; to: number } | null => {
  let range: { from: number; to: number } | null = null;
  doc.descendants((node, position) => {
    const marked = node.marks.some(
      (mark) => mark.type.name === commentMarkName && mark.attrs.threadId === threadId,
    );
    if (marked) range = { from: range?.from ?? position, to: position + node.nodeSize };
  });
  return range;
};
