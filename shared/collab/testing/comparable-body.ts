import type { TiptapDocument, TiptapNode } from '../../model/tiptap-document';

const comparableNode = (node: TiptapNode): TiptapNode => ({
  ...node,
  ...(node.marks && {
    marks: [...node.marks].sort((left, right) =>
      JSON.stringify(left).localeCompare(JSON.stringify(right)),
    ),
  }),
  ...(node.content && { content: node.content.map(comparableNode) }),
});

/**
 * The body with each text's marks in one order. Overlapping comment marks come back from Yjs in
 * the order their formatting was written, not the order ProseMirror was given them: the same
 * marks, which `Node.eq` alone would call different.
 */
export const comparableBody = (body: TiptapDocument): TiptapDocument => ({
  ...body,
  ...(body.content && { content: body.content.map(comparableNode) }),
});
