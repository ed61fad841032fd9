import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

export interface DocumentRange {
  from: number;
  to: number;
}

/** The ranges a transaction inserted or rewrote, in positions of its resulting document. */
export function changedRanges(transaction: Transaction): DocumentRange[] {
  const ranges: DocumentRange[] = [];
  transaction.mapping.maps.forEach((stepMap, index) => {
    const later = transaction.mapping.slice(index + 1);
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: later.map(newStart, -1), to: later.map(newEnd, 1) });
    });
  });
  return ranges;
}

export function mapRanges(
  ranges: readonly DocumentRange[],
  transaction: Transaction,
): DocumentRange[] {
  return ranges.map((range) => ({
    from: transaction.mapping.map(range.from, -1),
    to: transaction.mapping.map(range.to, 1),
  }));
}

/** Every textblock touching one of the ranges, once, as [node, position]. */
export function textblocksIn(
  doc: ProseMirrorNode,
  ranges: readonly DocumentRange[],
): Array<[ProseMirrorNode, number]> {
  const found = new Map<number, ProseMirrorNode>();
  const size = doc.content.size;
  for (const range of ranges) {
    const from = Math.max(0, Math.min(range.from, range.to) - 1);
    const to = Math.min(size, Math.max(range.from, range.to) + 1);
    doc.nodesBetween(from, to, (node, position) => {
      if (!node.isTextblock) return true;
      found.set(position, node);
      return false;
    });
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([position, node]) => [node, position]);
}
