import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';

export interface BodyInventory {
  /** The attributes of every `figure` node, in document order. */
  figures: Record<string, unknown>[];
  /** Text runs carrying an unresolved `comment` mark. */
  openComments: number;
  /** Text runs carrying a `suggestion…` mark (insertion, deletion…). */
  pendingSuggestions: number;
}

/** What the readiness checks need from a body, in one iterative walk (no stack overflow). */
export const bodyInventory = (doc: TiptapDocument): BodyInventory => {
  const figures: Record<string, unknown>[] = [];
  let openComments = 0;
  let pendingSuggestions = 0;
  const stack: TiptapNode[] = [...(doc.content ?? [])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'figure') figures.push(node.attrs ?? {});
    const marks = node.marks ?? [];
    if (marks.some((mark) => mark.type === 'comment' && mark.attrs?.resolved !== true)) {
      openComments += 1;
    }
    if (marks.some((mark) => mark.type.startsWith('suggestion'))) pendingSuggestions += 1;
    stack.push(...(node.content ?? []));
  }
  figures.reverse();
  return { figures, openComments, pendingSuggestions };
};
