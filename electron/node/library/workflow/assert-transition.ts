import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';
import type { Article } from '../../../../shared/model/article';
import type { Status } from '../../../../shared/model/status';
import { Role } from '../../../../shared/model/role';
import { statusBeforeSpike } from '../../../../shared/workflow/status-before-spike';
import { transitionRefusal } from '../../../../shared/workflow/transition-refusal';
import { checkTransition } from '../../../../shared/workflow/transitions';
import type { Actor } from '../../../../shared/model/actor';
import { readStatusLog } from './status-log';

/** Refuses (AppError 'forbidden') a status change the workflow rules do not give the actor's role. */
export const assertTransition = (
  db: Database.Database,
  article: Article,
  to: Status,
  actor: Actor,
): Role => {
  const role = Role.safeParse(actor.role);
  if (!role.success) {
    throw new AppError(
      'forbidden',
      `Changing the status needs a role (reporter, editor or chief editor); ${actor.name} has none.`,
    );
  }
  const previousStatus =
    article.status === 'spiked' ? statusBeforeSpike(readStatusLog(db, article.id)) : undefined;
  const check = checkTransition(article.status, to, role.data, { previousStatus });
  if (!check.ok) {
    throw new AppError('forbidden', transitionRefusal(article.status, to, role.data, check.reason));
  }
  return role.data;
};
