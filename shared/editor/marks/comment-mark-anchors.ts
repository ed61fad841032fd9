import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { commentMarkName } from './comment-mark';

export interface CommentAnchors {
  /** Thread ids in the order their commented text first appears in the body. */
  order: string[];
  /** How many nodes carry each thread's mark (the review copy numbers the last one). */
  segments: Map<string, number>;
}

/** Where each thread is anchored in a document, in reading order (the panel, the review copy). */
export const findCommentAnchors = (document: ProseMirrorNode): CommentAnchors => {
  const order: string[] = [];
  const segments = new Map<string, number>();
  document.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name !== commentMarkName) continue;
      const id = String(mark.attrs.threadId);
      if (!segments.has(id)) order.push(id);
      segments.set(id, (segments.get(id) ?? 0) + 1);
    }
  });
  return { order, segments };
};
