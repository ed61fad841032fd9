import type Database from 'better-sqlite3';
import type { Article } from '../../../../shared/model/article';
import { newestSnapshotTime, insertSnapshot, pruneRevisions } from './revisions';

export const autoSnapshotIntervalMs = 10 * 60_000;

/**
 * After a save: keeps a snapshot when the article's newest one is 10 minutes old (or dated in the
 * future, after a clock was set back), then thins the old automatic ones.
 */
export const takeAutoSnapshotIfDue = (
  db: Database.Database,
  article: Article,
  author: string,
  now: Date,
): boolean => {
  const newest = newestSnapshotTime(db, article.id);
  const elapsed = newest === undefined ? Infinity : now.getTime() - Date.parse(newest);
  if (elapsed < autoSnapshotIntervalMs && elapsed >= 0) return false;
  insertSnapshot(db, article, { reason: 'auto', name: null, author, createdAt: now.toISOString() });
  pruneRevisions(db, article.id, now);
  return true;
};
