import type { KeyObject } from 'node:crypto';

/** An Ed25519 public key as base64 of its raw 32 bytes (the JWK `x`, which is base64url). */
export const rawPublicKey = (publicKey: KeyObject): string => {
  const { x } = publicKey.export({ format: 'jwk' });
  if (x === undefined) throw new Error('Not an Ed25519 public key.');
  return Buffer.from(x, 'base64url').toString('base64');
};
