import type { MoveSignature } from './move-signature';

/** The profile's signing key, as the library uses it: sign a move's payload (statusMovePayload). */
export interface MoveSigner {
  publicKey: string;
  sign(payload: string): MoveSignature;
}
