import type { Article } from '../../../../shared/model/article';
import type { Status } from '../../../../shared/model/status';
import { assertEditable } from '../articles/article-guards';
import type { ReadinessPolicy, StatusOverride } from './assert-readiness';
import { assertReadiness } from './assert-readiness';
import { assertTransition } from './assert-transition';
import type { Actor } from '../../../../shared/model/actor';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { requireArticle } from '../articles/read-article';
import { insertSnapshot } from '../revisions/revisions';
import { recordStatusChange } from './status-log';
import { signMove } from './sign-move';
import { updateArticle } from '../articles/write-article';

export interface SetStatusRequest {
  id: string;
  baseRevision: number;
  status: Status;
  note: string;
  /** Approve or publish despite failed readiness checks (editors and chief editors only). */
  override?: StatusOverride;
}

/**
 * Moves the article along the workflow (shared/workflow/transitions.ts) when the actor's role
 * may and the article passes the readiness checks (or is overridden), recording who, which role, from which status to which, as a new revision with a snapshot.
 */
export const setArticleStatus = (
  context: LibraryContext,
  request: SetStatusRequest,
  actor: Actor,
  policy: ReadinessPolicy = {},
): Article =>
  writeTransaction(context, () => {
    const { db } = context;
    const stored = requireArticle(db, request.id);
    assertEditable(stored.article, request.baseRevision);
    if (stored.article.status === request.status) return stored.article;
    const role = assertTransition(db, stored.article, request.status, actor);
    const at = context.now();
    const note = assertReadiness(stored.article, request.status, {
      role,
      note: request.note,
      override: request.override,
      now: at,
      policy,
    });
    const now = at.toISOString();
    const article: Article = {
      ...stored.article,
      status: request.status,
      updatedAt: now,
      revision: stored.article.revision + 1,
    };
    updateArticle(db, { ...stored, article }, { body: false, searchable: false });
    const move = {
      articleId: article.id,
      from: stored.article.status,
      to: request.status,
      by: actor.name,
      role,
      note,
      at: now,
    };
    recordStatusChange(db, {
      ...move,
      revision: article.revision,
      signature: signMove(actor, move),
    });
    insertSnapshot(db, article, {
      reason: 'status',
      name: null,
      author: actor.name,
      createdAt: now,
    });
    return article;
  });
