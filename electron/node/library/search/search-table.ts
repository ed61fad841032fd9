import type { SearchTerm } from './search-terms';

/** The FTS5 table a search reads (schema versions 3 and 14). */
export type SearchTable = 'article_search' | 'article_words';

/**
 * Terms of several tokens ("quoted phrases", but also "l’État" or "col:mali") are phrases to
 * FTS5 and need word positions (`article_search`); single words and prefixes are
 * found in the column-level index (`article_words`), where a prefix shared by many words merges
 * ten times less data. Both index the same text with the same tokenizer: same hits either way.
 */
export const searchTable = (terms: SearchTerm[]): SearchTable =>
  terms.some((term) => term.tokens.length > 1) ? 'article_search' : 'article_words';
