import type Database from 'better-sqlite3';
import type { PublishJob } from '../../../../shared/wordpress/publish-job';
import { recordStatusChange } from '../workflow/status-log';

/**
 * A correction that reached the site goes into the article's status log, published to
 * published, its text as the note, so the history says what was corrected, when and by whom.
 */
export const recordCorrection = (db: Database.Database, job: PublishJob, at: string): void => {
  const revision = db
    .prepare('SELECT revision FROM articles WHERE id = ?')
    .pluck()
    .get(job.articleId) as number | undefined;
  if (revision === undefined) return;
  recordStatusChange(db, {
    articleId: job.articleId,
    revision,
    from: 'published',
    to: 'published',
    by: job.queuedBy,
    role: null,
    note: `Correction (${job.site}): ${job.correction}`,
    at,
  });
};
