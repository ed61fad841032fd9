import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';

export interface BodyInventory {
  /** The attributes of every `figure` node, in document order. */
  figures: Record<string, unknown>[];
  /** Distinct suggestions (insertions, deletions, replacements) still waiting for accept or reject. */
  pendingSuggestions: number;
}

const suggestionKey = (
  mark: { type: string; attrs?: Record<string, unknown> },
  index: number,
): string =>
  // A replacement's deletion and insertion share one id: one suggestion, as the panel lists it.
  typeof mark.attrs?.id === 'string' ? `suggestion:${mark.attrs.id}` : `${mark.type}#${index}`;

/** What the readiness checks need from a body, in one iterative walk (no stack overflow). */
export const bodyInventory = (doc: TiptapDocument): BodyInventory => {
  const figures: Record<string, unknown>[] = [];
  const suggestions = new Set<string>();
  const stack: TiptapNode[] = [...(doc.content ?? [])];
  let visited = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    visited += 1;
    if (node.type === 'figure') figures.push(node.attrs ?? {});
    for (const mark of node.marks ?? []) {
      if (mark.type.startsWith('suggestion')) suggestions.add(suggestionKey(mark, visited));
    }
    stack.push(...(node.content ?? []));
  }
  figures.reverse();
  return { figures, pendingSuggestions: suggestions.size };
};
