import type { Counts } from '../model/counts';
import { countGraphemes, countSpaces } from './count-signes';
import { countWords } from './count-words';

/**
 * Words (see countWords for the rules) and signes, the French press unit: characters including
 * spaces, counted as grapheme clusters; no-break spaces (U+00A0, U+202F) and line breaks count
 * as spaces.
 */
export const countText = (text: string): Counts => {
  const signes = countGraphemes(text);
  return { words: countWords(text), signes, signesWithoutSpaces: signes - countSpaces(text) };
};
