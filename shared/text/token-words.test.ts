import { describe, expect, it } from 'vitest';
import { segmentedTokenWords, tokenWords } from './token-words';

const pieces = [
  'l',
  'État',
  'e',
  '10',
  '000',
  '3',
  'A380',
  '’',
  "'",
  '-',
  '.',
  ',',
  ':',
  '/',
  '«',
  '»',
  '(',
  ')',
  '%',
  '…',
  '–',
  '!',
];

const randomTokens = (count: number): string[] => {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 6) },
      () => pieces[Math.floor(next() * pieces.length)],
    ).join(''),
  );
};

describe('tokenWords', () => {
  it('agrees with the segmenter-based count on every token', () => {
    for (const token of randomTokens(5_000)) {
      expect(tokenWords(token), token).toBe(segmentedTokenWords(token));
    }
  });
});
