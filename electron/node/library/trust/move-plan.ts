import type Database from 'better-sqlite3';
import type { StatusChange } from '../../../../shared/model/revision';
import type { Status } from '../../../../shared/model/status';
import type { HoldReason } from '../../../../shared/trust/hold-reason';
import type { MoveSignature } from '../../../../shared/model/move-signature';
import type { StatusMove } from '../../../../shared/trust/status-move-payload';
import { statusBeforeSpike } from '../../../../shared/workflow/status-before-spike';
import { recordStatusChange } from '../workflow/status-log';
import { holdMove } from './held-moves';
import type { LocalSigner } from './local-signer';
import { verifyIncomingMove } from './verify-incoming-move';

export interface IncomingMove extends StatusMove {
  revision: number;
  signature?: MoveSignature;
}

/** What a series of received moves does here: the status they lead to, and which are held. */
export interface MovePlan {
  status: Status;
  accepted: IncomingMove[];
  held: { move: IncomingMove; reason: HoldReason }[];
}

/**
 * Checks received moves in order from the article's status here (`start`; null for an article
 * new here, which ends as a draft when nothing moves it). Once a move is held, the ones after it
 * no longer follow the status here and are held too. Only keys met for the first time are
 * written (as seen); `recordMovePlan` writes the rest.
 */
export const planIncomingMoves = (
  db: Database.Database,
  moves: readonly IncomingMove[],
  options: {
    start: Status | null;
    log: readonly Pick<StatusChange, 'from' | 'to'>[];
    local: LocalSigner | null;
    now: string;
  },
): MovePlan => {
  let current = options.start;
  const log = [...options.log];
  const plan: Omit<MovePlan, 'status'> = { accepted: [], held: [] };
  for (const move of moves) {
    const verdict = verifyIncomingMove(db, move, move.signature, {
      current,
      previousStatus: current === 'spiked' ? statusBeforeSpike(log) : undefined,
      local: options.local,
      now: options.now,
    });
    if (verdict.ok) {
      plan.accepted.push(move);
      log.push(move);
      current = move.to;
    } else {
      plan.held.push({ move, reason: verdict.reason });
    }
  }
  return { status: current ?? 'draft', ...plan };
};

/** Writes the accepted moves to the status log (with their signatures) and holds the others. */
export const recordMovePlan = (db: Database.Database, plan: MovePlan): void => {
  for (const move of plan.accepted) recordStatusChange(db, move);
  for (const { move, reason } of plan.held) holdMove(db, move, move.signature, reason);
};
