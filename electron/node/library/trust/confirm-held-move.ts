import { AppError } from '../../../../shared/errors/error-code';
import type { Actor } from '../../../../shared/model/actor';
import type { Article } from '../../../../shared/model/article';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { prepared } from '../storage/prepared';
import type { ReadinessPolicy } from '../workflow/assert-readiness';
import { setArticleStatus } from '../workflow/set-status';
import { readHeldMoves } from './held-moves';
import { settleHeldMoves } from './settle-held-moves';

/**
 * A local editor vouches for a held move: it is made again as the actor's own move (their role,
 * the transition rules and readiness checks, their signature), with the claimed note; the held
 * moves after it are then checked again, since they may now follow the article's status.
 */
export const confirmHeldMove = (
  context: LibraryContext,
  request: { id: string; moveId: number; baseRevision: number },
  actor: Actor,
  policy: ReadinessPolicy = {},
): Article =>
  writeTransaction(context, () => {
    const { db } = context;
    const held = readHeldMoves(db, request.id).find((move) => move.id === request.moveId);
    if (held === undefined) throw new AppError('not_found', 'This move is no longer held.');
    if (actor.role !== 'editor' && actor.role !== 'chief_editor') {
      throw new AppError('forbidden', 'Only an editor or a chief editor can confirm a move.');
    }
    setArticleStatus(
      context,
      { id: request.id, baseRevision: request.baseRevision, status: held.to, note: held.note },
      actor,
      policy,
    );
    prepared(db, 'DELETE FROM held_moves WHERE id = ?').run(held.id);
    return settleHeldMoves(db, request.id, actor, context.now().toISOString());
  });
