import type { Migration } from './migration';

/** Version 4: review threads, package handoffs and the import-conflict marker on each article. */
export const reviewColumns: Migration = {
  version: 4,
  description: 'articles.comments, articles.handoffs, articles.conflict (review and packages)',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN comments TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE articles ADD COLUMN handoffs TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE articles ADD COLUMN conflict TEXT;
    `);
  },
};
