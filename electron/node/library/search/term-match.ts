import type { SearchTerm } from './search-terms';

const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/**
 * One search term as FTS5 reads it: a typed word as a prefix, a "quoted phrase" as a phrase.
 * Quoted either way, so FTS syntax in the input (AND, NEAR(, *, ^, parentheses) is only text.
 */
export const termMatch = (term: SearchTerm): string =>
  term.phrase ? quoted(term.source) : `${quoted(term.source)}*`;
