import { tokenWords } from './token-words';

const groupSeparators = new Set([' ', '\u00A0', '\u202F', '\u2009']);
const startsWithDigitGroup = /^\d{3}(?![\p{L}\p{N}])/u;
const endsWithDigitGroup = /(?:^|[^\p{L}\p{N}'’.,\-\u2010\u2011:/])\d{1,3}$/u;
const maxSegmentedLength = 1024;

const tokensOf = function* (text: string): Generator<{ token: string; index: number }> {
  for (const match of text.matchAll(/\S+/g)) {
    const token = match[0];
    for (let start = 0; start < token.length; start += maxSegmentedLength) {
      yield { token: token.slice(start, start + maxSegmentedLength), index: match.index + start };
    }
  }
};

/**
 * Counts words the way reporters see them in Word and LibreOffice, on top of Intl.Segmenter's
 * word-like segments. Decisions (tested in count-text.test.ts):
 * - an elision is ONE word: « l’État », "l'État", « aujourd’hui », « qu’il »;
 * - a hyphenated compound is ONE word: « peut-être », « c’est-à-dire », « a-t-il »;
 * - a number with digit groups separated by one space (normal, U+00A0, U+202F, U+2009) is ONE
 *   word: « 10 000 », « 1 500 000 », « 10 000,50 »; so is a time or a date: 10:30, 12/03/2024;
 * - punctuation and symbols alone are not words: « » : ; ! ? – — … % €; « 45 % » is one word;
 * - dashes other than the hyphen separate words: « Mali–Maroc » is two.
 * A run of more than 1,024 characters without whitespace is counted in slices, so a word cut at
 * a slice boundary may count twice (pasted data, not prose).
 */
export const countWords = (text: string): number => {
  let words = 0;
  let previousEnd = -1;
  let previousEndsWithGroup = false;
  for (const { token, index } of tokensOf(text)) {
    let count = tokenWords(token);
    const separatedByOneSpace =
      index - previousEnd === 1 && groupSeparators.has(text.charAt(previousEnd));
    if (previousEndsWithGroup && separatedByOneSpace && startsWithDigitGroup.test(token))
      count -= 1;
    words += count;
    previousEnd = index + token.length;
    previousEndsWithGroup = endsWithDigitGroup.test(token);
  }
  return words;
};
