import { fingerprintText } from '../../../shared/trust/fingerprint-text';
import { sha256Hex } from '../files/sha256';

/** SHA-256 of the raw public key, as people compare it (`3f2a 9c1b …`). */
export const keyFingerprint = (publicKey: string): string =>
  fingerprintText(sha256Hex(Buffer.from(publicKey, 'base64')));
