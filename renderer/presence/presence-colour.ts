/**
 * Dark enough for white text (contrast ≥ 4.5:1), light enough to tell apart on the dark theme's
 * page: one per person, from their name, so every desk shows a colleague in the same colour.
 */
const palette = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7c3aed',
  '#b45309',
  '#be185d',
  '#0e7490',
  '#4d7c0f',
  '#4338ca',
  '#9f1239',
] as const;

export const presenceColour = (name: string): string => {
  let hash = 2166136261;
  for (const character of name) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  // FNV's last multiplication leaves the low digits poorly mixed: finish like MurmurHash3.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return palette[((hash ^ (hash >>> 16)) >>> 0) % palette.length]!;
};
