/** A word: letters, digits and marks, with apostrophes and hyphens kept inside ("l’État", "peut-être"). */
const wordPattern = /[\p{L}\p{N}\p{M}]+(?:['’\u2010-][\p{L}\p{N}\p{M}]+)*/uy;
const spacePattern = /\s+/uy;

const matchAt = (pattern: RegExp, text: string, at: number): string | null => {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
};

/** Splits text into words, whitespace runs and single punctuation characters; joined back, they are the text. */
export const tokenizeWords = (text: string): string[] => {
  const tokens: string[] = [];
  let at = 0;
  while (at < text.length) {
    const token =
      matchAt(wordPattern, text, at) ??
      matchAt(spacePattern, text, at) ??
      String.fromCodePoint(text.codePointAt(at)!);
    tokens.push(token);
    at += token.length;
  }
  return tokens;
};

/** Whether a token from `tokenizeWords` is a word (not space or punctuation). */
export const isWordToken = (token: string): boolean => matchAt(wordPattern, token, 0) !== null;

/** How many words a piece of text holds, by the same rule as `tokenizeWords`. */
export const countTokenWords = (text: string): number =>
  tokenizeWords(text).filter(isWordToken).length;
