const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

const hyphens = new Set(['-', '\u2010', '\u2011']);
const numberJoiners = new Set([':', '/']);

const latinWord =
  /^[\p{P}\p{S}]*(?<core>[\p{Script=Latin}\d]+(?:(?:[-\u2010\u2011]|(?<=\p{L})['’](?=\p{L})|(?<=\d)[.,'’:/](?=\d))[\p{Script=Latin}\d]+)*)?[\p{P}\p{S}]*$/u;

/** A web address or an e-mail address, in punctuation: one word, as Word and LibreOffice count it. */
const address =
  /^[\p{P}\p{S}]*(?:[a-z][a-z\d+.-]*:\/\/\S*[\p{L}\p{N}]|www\.\S*[\p{L}\p{N}]|[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\/\S*)[\p{P}\p{S}]*$/iu;

const joins = (before: string, gap: string, after: string): boolean =>
  hyphens.has(gap) || (numberJoiners.has(gap) && /\d$/.test(before) && /^\d/.test(after));

/** Words in a run of text without whitespace, through Intl.Segmenter (see countWords). */
export const segmentedTokenWords = (token: string): number => {
  let words = 0;
  let previous: string | null = null;
  let gap = '';
  for (const { segment, isWordLike } of wordSegmenter.segment(token)) {
    if (isWordLike) {
      if (previous === null || !joins(previous, gap, segment)) words += 1;
      previous = segment;
      gap = '';
    } else {
      gap += segment;
    }
  }
  return words;
};

/**
 * Words in a run of text without whitespace. Intl.Segmenter costs microseconds per segment, so
 * the common case (Latin letters and digits wrapped in punctuation: « l’État », (AFP), 45 %)
 * is answered by a pattern that agrees with the segmenter; everything else goes through it.
 */
export const tokenWords = (token: string): number => {
  const latin = latinWord.exec(token);
  if (latin) return latin.groups?.core === undefined ? 0 : 1;
  if (address.test(token)) return 1;
  return segmentedTokenWords(token);
};
