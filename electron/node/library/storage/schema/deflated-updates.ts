import type { Migration } from './migration';

/**
 * Version 12: an article's stored Yjs updates may be deflated (`deflated = 1`; about a quarter of
 * the size). Rows written before stay as they are and are read as they are: adding a column with a
 * default rewrites nothing, so the step is instant at any size. "Compact library" deflates them.
 */
export const deflatedUpdates: Migration = {
  version: 12,
  description: 'article_updates.deflated: stored Yjs updates may be deflated',
  up(db) {
    const columns = db
      .prepare("SELECT name FROM pragma_table_info('article_updates')")
      .pluck()
      .all();
    if (columns.includes('deflated')) return;
    db.exec(
      'ALTER TABLE article_updates ADD COLUMN deflated INTEGER NOT NULL DEFAULT 0 CHECK (deflated IN (0, 1))',
    );
  },
};
