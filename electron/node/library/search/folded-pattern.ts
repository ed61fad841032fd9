import { foldText } from './fold-text';

/** The UTF-16 ranges whose characters can fold to another one: ASCII capitals, then accents, ligatures, full-width forms. */
const foldingRanges = [
  [0x41, 0x5a],
  [0x80, 0x2fff],
  [0xfb00, 0xffef],
] as const;

let sources: Map<string, string[]> | undefined;

/** Every character that folds to each folded character, built once (a few ms). */
const foldSources = (): Map<string, string[]> => {
  if (sources !== undefined) return sources;
  sources = new Map();
  for (const [first, last] of foldingRanges) {
    for (let code = first; code <= last; code += 1) {
      const character = String.fromCharCode(code);
      const folded = foldText(character);
      if (folded === character) continue;
      const list = sources.get(folded) ?? [];
      list.push(character);
      sources.set(folded, list);
    }
  }
  return sources;
};

const escaped = (character: string): string => `\\u{${character.codePointAt(0)!.toString(16)}}`;

/**
 * A regular-expression source matching, in unfolded text, what `folded` matches in folded text:
 * each character becomes the class of every character that folds to it. Searching the text as
 * written spares folding long bodies only to find where the first match is.
 */
export const unfoldedSource = (folded: string): string =>
  [...folded]
    .map((character) => {
      const others = foldSources().get(character);
      const own = /[\p{L}\p{N}\p{Co}]/u.test(character) ? character : escaped(character);
      return others === undefined ? own : `[${own}${others.map(escaped).join('')}]`;
    })
    .join('');
