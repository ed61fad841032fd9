/** A word to check, with its offsets in the text it was read from. */
export interface WordToken {
  word: string;
  from: number;
  to: number;
}

const chunkPattern = /\S+/gu;
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const addressPatterns = [
  /^[("«“]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/iu,
  /^[("«“]*[^\s@]+@[^\s@]+\.[^\s@]+/u,
  /^[("«“]*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*/u,
];
/** French elided articles and conjunctions: "l’État" is checked as "État"; "aujourd’hui" stays whole. */
const elisionPattern = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[\p{L}])/iu;
const digitPattern = /\p{N}/u;

/**
 * Splits text into words to check, skipping URLs, e-mail addresses, anything with a digit
 * (numbers, "1er", "COVID-19") and all-capital acronyms; French elisions are split off.
 */
export function tokenizeWords(text: string, splitElisions: boolean): WordToken[] {
  const tokens: WordToken[] = [];
  for (const chunk of text.matchAll(chunkPattern)) {
    if (addressPatterns.some((pattern) => pattern.test(chunk[0]))) continue;
    for (const match of chunk[0].matchAll(wordPattern)) {
      const from = chunk.index + match.index;
      const elision = splitElisions ? elisionPattern.exec(match[0]) : null;
      const word = elision === null ? match[0] : match[0].slice(elision[0].length);
      if (shouldSkip(word)) continue;
      tokens.push({ word, from: from + match[0].length - word.length, to: from + match[0].length });
    }
  }
  return tokens;
}

function shouldSkip(word: string): boolean {
  if (digitPattern.test(word)) return true;
  const isAcronym = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  return isAcronym;
}
