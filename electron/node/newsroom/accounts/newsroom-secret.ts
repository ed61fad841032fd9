import { createHash, randomBytes } from 'node:crypto';

/**
 * Invitations and credentials are 32 random bytes, so a fast hash is enough to keep them out of
 * a stolen database (there is no password to guess); only the hash is ever stored.
 */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');
