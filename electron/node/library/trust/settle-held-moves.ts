import type Database from 'better-sqlite3';
import type { Actor } from '../../../../shared/model/actor';
import type { Article } from '../../../../shared/model/article';
import { requireArticle } from '../articles/read-article';
import { updateArticle } from '../articles/write-article';
import { insertSnapshot } from '../revisions/revisions';
import { readStatusLog } from '../workflow/status-log';
import { deleteHeldMoves, readHeldMoves } from './held-moves';
import { localSignerOf } from './local-signer';
import { planIncomingMoves, recordMovePlan } from './move-plan';

/**
 * Checks an article's held moves again (after a key was trusted, or one of them confirmed): the
 * ones that now verify and follow the status here are applied as one new revision, the rest stay
 * held with their current reason. Call inside a write transaction.
 */
export const settleHeldMoves = (
  db: Database.Database,
  articleId: string,
  actor: Actor,
  now: string,
): Article => {
  const stored = requireArticle(db, articleId);
  const held = readHeldMoves(db, articleId);
  if (held.length === 0) return stored.article;
  const revision = stored.article.revision + 1;
  deleteHeldMoves(db, articleId);
  const plan = planIncomingMoves(
    db,
    held.map((move) => ({ ...move, revision })),
    {
      start: stored.article.status,
      log: readStatusLog(db, articleId),
      local: localSignerOf(actor),
      now,
    },
  );
  recordMovePlan(db, plan);
  if (plan.accepted.length === 0) return stored.article;
  const article: Article = { ...stored.article, status: plan.status, revision, updatedAt: now };
  updateArticle(db, { ...stored, article }, { body: false, searchable: false });
  insertSnapshot(db, article, { reason: 'status', name: null, author: actor.name, createdAt: now });
  return article;
};
