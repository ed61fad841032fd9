import { timingSafeEqual } from 'node:crypto';

export const tokenMatches = (expected: string, given: string | string[] | undefined): boolean => {
  if (typeof given !== 'string') return false;
  const expectedBytes = Buffer.from(expected, 'utf8');
  const givenBytes = Buffer.from(given, 'utf8');
  return expectedBytes.length === givenBytes.length && timingSafeEqual(expectedBytes, givenBytes);
};
