/**
 * The headline as it sorts for a French reader: case and accents ignored ("Élection" among the
 * e's, not after z), leading quotes and punctuation skipped.
 */
export const headlineSortKey = (headline: string): string =>
  headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '');
