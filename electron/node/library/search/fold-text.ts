const folded = new Map<string, string>();

const foldCharacter = (character: string): string => {
  let result = folded.get(character);
  if (result === undefined) {
    const base = character.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = character.toLowerCase();
    result = base.length === 1 ? base : lower.length === 1 ? lower : character;
    folded.set(character, result);
  }
  return result;
};

/**
 * Lower-cases and strips accents one UTF-16 unit at a time, so every index in the result is the
 * same index in `text` ("Élection" → "election", same length): matches found in the folded text
 * can be marked in the original.
 */
export const foldText = (text: string): string =>
  text.replace(/[A-Z\u0080-\uffff]/g, foldCharacter);
