import { Fragment, type Mark, type MarkType, type Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface DeletedContent {
  fragment: Fragment;
  /** Something is left to show struck through (or to put back as it was). */
  kept: boolean;
}

/**
 * What a deletion leaves in the document while suggesting: plain inline content comes back
 * marked `deletion`; the author's own pending insertions really go; text already suggested out,
 * and other authors' insertions (those are rejected, not deleted), come back unchanged.
 */
export const deletedContent = (
  fragment: Fragment,
  deletion: Mark,
  insertionType: MarkType,
  author: string,
): DeletedContent => {
  let kept = false;
  const visit = (content: Fragment): Fragment => {
    const nodes: ProseMirrorNode[] = [];
    content.forEach((node) => {
      if (!node.isInline) {
        if (node.isLeaf) kept = true;
        nodes.push(node.copy(visit(node.content)));
        return;
      }
      const insertion = insertionType.isInSet(node.marks);
      if (insertion !== undefined && insertion.attrs.author === author) return;
      kept = true;
      const suggested = insertion !== undefined || deletion.type.isInSet(node.marks) !== undefined;
      nodes.push(suggested ? node : node.mark(deletion.addToSet(node.marks)));
    });
    return Fragment.from(nodes);
  };
  return { fragment: visit(fragment), kept };
};
