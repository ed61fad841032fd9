import { createPublicKey, verify } from 'node:crypto';
import type { MoveSignature } from '../../../shared/model/move-signature';

/** Whether `signature` is the Ed25519 signature of `payload` by its public key; never throws. */
export const verifyMoveSignature = (payload: string, signature: MoveSignature): boolean => {
  try {
    const key = createPublicKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: Buffer.from(signature.publicKey, 'base64').toString('base64url'),
      },
      format: 'jwk',
    });
    return verify(null, Buffer.from(payload, 'utf8'), key, Buffer.from(signature.value, 'base64'));
  } catch {
    return false;
  }
};
