import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random secret (256 bits), prefixed so a pasted invitation is not taken for a credential. */
export const newSecret = (prefix: 'cdi' | 'cdc'): string =>
  `${prefix}_${randomBytes(32).toString('base64url')}`;

/**
 * What is stored of a secret: its SHA-256. The secrets are random, so a fast hash is enough, and
 * looking a row up by it tells an attacker nothing about any other secret.
 */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** Compares a stored hash with a secret's, in constant time. */
export const matchesHash = (storedHash: string, secret: string): boolean => {
  const stored = Buffer.from(storedHash, 'hex');
  const given = Buffer.from(hashSecret(secret), 'hex');
  return stored.length === given.length && timingSafeEqual(stored, given);
};
