export interface FindOptions {
  query: string;
  matchCase: boolean;
  wholeWord: boolean;
}

const wordCharacter = /[\p{L}\p{M}\p{N}_]/u;

/**
 * Lower-cases without changing the length, so offsets in the folded text are offsets in the
 * original: a character whose lower case is longer (İ) is left as it is. Accents are kept:
 * "élection" never matches "election".
 */
export const foldCase = (text: string): string => {
  const lower = text.toLocaleLowerCase();
  if (lower.length === text.length) return lower;
  let folded = '';
  for (const character of text) {
    const lowered = character.toLocaleLowerCase();
    folded += lowered.length === character.length ? lowered : character;
  }
  return folded;
};

const characterBefore = (text: string, index: number): string => {
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff
    ? text.slice(index - 2, index)
    : text.slice(index - 1, index);
};

const characterAt = (text: string, index: number): string =>
  String.fromCodePoint(text.codePointAt(index) ?? 0x20);

const isWholeWord = (text: string, start: number, end: number): boolean =>
  (start === 0 || !wordCharacter.test(characterBefore(text, start))) &&
  (end >= text.length || !wordCharacter.test(characterAt(text, end)));

/** Start offsets of the non-overlapping occurrences of the query in one block's text. */
export const findInText = (text: string, options: FindOptions): number[] => {
  const { query } = options;
  if (query === '') return [];
  const haystack = options.matchCase ? text : foldCase(text);
  const needle = options.matchCase ? query : foldCase(query);
  const starts: number[] = [];
  let index = haystack.indexOf(needle);
  while (index !== -1) {
    if (!options.wholeWord || isWholeWord(haystack, index, index + needle.length)) {
      starts.push(index);
      index = haystack.indexOf(needle, index + needle.length);
    } else {
      index = haystack.indexOf(needle, index + 1);
    }
  }
  return starts;
};
