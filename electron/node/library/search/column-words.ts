import { foldText } from './fold-text';

const separators = /[^\p{L}\p{N}\p{Co}]+/u;

/**
 * An FTS5 expression finding `value`'s words in one column of `article_labels` (any order), or
 * null when it has none: a superset of the articles whose byline or tag is exactly `value`,
 * found in the index instead of by reading every article's JSON.
 */
export const columnWords = (column: 'bylines' | 'tags', value: string): string | null => {
  const tokens = foldText(value)
    .split(separators)
    .filter((token) => token !== '');
  if (tokens.length === 0) return null;
  return `${column} : (${tokens.map((token) => `"${token}"`).join(' AND ')})`;
};
