import type Database from 'better-sqlite3';
import { missingCaseError } from '../../../../shared/errors/missing-case';
import { Role } from '../../../../shared/model/role';
import type { Status } from '../../../../shared/model/status';
import type { HoldReason } from '../../../../shared/trust/hold-reason';
import type { MoveSignature } from '../../../../shared/model/move-signature';
import { roleCovers } from '../../../../shared/trust/role-covers';
import type { StatusMove } from '../../../../shared/trust/status-move-payload';
import { statusMovePayload } from '../../../../shared/trust/status-move-payload';
import { checkTransition } from '../../../../shared/workflow/transitions';
import { verifyMoveSignature } from '../../signing/verify-move-signature';
import { noteSeenKey, readKeyRecord } from './key-records';
import type { LocalSigner } from './local-signer';

export interface MoveContext {
  /** The article's status here before the move; null before its creation entry. */
  current: Status | null;
  /** Where unspiking returns (statusBeforeSpike of the log so far). */
  previousStatus: Status | undefined;
  local: LocalSigner | null;
  /** When a key met for the first time is remembered as seen. */
  now: string;
}

export type MoveVerdict = { ok: true } | { ok: false; reason: HoldReason };

const trustedRole = (
  db: Database.Database,
  signature: MoveSignature,
  claimed: Role,
  move: StatusMove,
  context: MoveContext,
): { role: Role } | { reason: HoldReason } => {
  if (context.local !== null && signature.publicKey === context.local.publicKey) {
    return { role: context.local.role };
  }
  const record =
    readKeyRecord(db, signature.publicKey) ??
    noteSeenKey(db, {
      publicKey: signature.publicKey,
      name: move.by,
      role: claimed,
      at: context.now,
    });
  switch (record.trust) {
    case 'seen':
      return { reason: 'unknown_key' };
    case 'revoked':
      return { reason: 'revoked_key' };
    case 'trusted':
      return { role: record.role };
    default:
      throw missingCaseError(record.trust);
  }
};

/**
 * Whether a received move may change the article here: signed (the signature checked before
 * anything is remembered about its key), by a key trusted for at least the role it claims, and a
 * move that role may take from the article's status here. A creation entry (none → draft) of a
 * new article claims nothing and needs no signature.
 */
export const verifyIncomingMove = (
  db: Database.Database,
  move: StatusMove,
  signature: MoveSignature | undefined,
  context: MoveContext,
): MoveVerdict => {
  if (move.from === null) {
    return context.current === null && move.to === 'draft'
      ? { ok: true }
      : { ok: false, reason: 'not_allowed' };
  }
  if (signature === undefined) return { ok: false, reason: 'unsigned' };
  if (!verifyMoveSignature(statusMovePayload(move), signature)) {
    return { ok: false, reason: 'bad_signature' };
  }
  const claimed = Role.safeParse(move.role);
  if (!claimed.success) return { ok: false, reason: 'not_allowed' };
  const trusted = trustedRole(db, signature, claimed.data, move, context);
  if ('reason' in trusted) return { ok: false, reason: trusted.reason };
  if (!roleCovers(trusted.role, claimed.data)) return { ok: false, reason: 'role_not_trusted' };
  if (context.current !== move.from) return { ok: false, reason: 'not_allowed' };
  const check = checkTransition(move.from, move.to, claimed.data, {
    previousStatus: context.previousStatus,
  });
  return check.ok ? { ok: true } : { ok: false, reason: 'not_allowed' };
};
