import type { Counts } from '../../shared/model/counts';

export const addCounts = (...parts: Counts[]): Counts => ({
  words: parts.reduce((total, part) => total + part.words, 0),
  signes: parts.reduce((total, part) => total + part.signes, 0),
  signesWithoutSpaces: parts.reduce((total, part) => total + part.signesWithoutSpaces, 0),
});
