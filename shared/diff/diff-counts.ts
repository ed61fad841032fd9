import type { DiffBlock } from './diff-block';
import { countTokenWords } from './tokenize-words';

export interface DiffCounts {
  added: number;
  removed: number;
}

/** Words inserted and deleted across a comparison. */
export const countDiffWords = (blocks: readonly DiffBlock[]): DiffCounts => {
  const counts = { added: 0, removed: 0 };
  for (const block of blocks) {
    for (const part of block.parts) {
      if (part.kind === 'inserted') counts.added += countTokenWords(part.text);
      if (part.kind === 'deleted') counts.removed += countTokenWords(part.text);
    }
  }
  return counts;
};
