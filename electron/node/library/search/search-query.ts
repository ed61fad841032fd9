import { parseSearchTerms } from './search-terms';
import { termMatch } from './term-match';

/**
 * The FTS5 MATCH expression for what a reader typed: each word a prefix term, each "quoted
 * phrase" a phrase, all required. Every term is quoted, so FTS syntax in the input (AND, NEAR(,
 * *, ^, parentheses, stray quotes) is only ever text. Null when nothing searchable remains.
 */
export const toMatchExpression = (text: string): string | null => {
  const terms = parseSearchTerms(text).map(termMatch);
  return terms.length === 0 ? null : terms.join(' AND ');
};
