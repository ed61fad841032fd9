import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { suggestionKindOf, type SuggestionKind } from '../marks/suggestion-kind';

/** One inline node carrying a suggestion mark, with its position in the document. */
export interface SuggestionRange {
  kind: SuggestionKind;
  id: string;
  mark: Mark;
  node: ProseMirrorNode;
  from: number;
  to: number;
}

/** Every inline node carrying a suggestion mark, in document order. */
export const suggestionRanges = (doc: ProseMirrorNode): SuggestionRange[] => {
  const ranges: SuggestionRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      const kind = suggestionKindOf(mark.type.name);
      if (kind === null) continue;
      ranges.push({
        kind,
        id: String(mark.attrs.id),
        mark,
        node,
        from: pos,
        to: pos + node.nodeSize,
      });
    }
    return false;
  });
  return ranges;
};
