import { z } from 'zod';

/**
 * Why a received status move was held instead of applied:
 * - `unsigned`: no signature;
 * - `bad_signature`: the signature does not match the move (changed after signing, or forged);
 * - `unknown_key`: signed by a key this library has not trusted yet;
 * - `revoked_key`: signed by a key this library no longer trusts;
 * - `role_not_trusted`: the key is trusted for a lower role than the move claims;
 * - `not_allowed`: the claimed role may not make this move, or the move does not follow the
 *   article's status here (an earlier move was held).
 */
export const HoldReason = z.enum([
  'unsigned',
  'bad_signature',
  'unknown_key',
  'revoked_key',
  'role_not_trusted',
  'not_allowed',
]);
export type HoldReason = z.infer<typeof HoldReason>;
