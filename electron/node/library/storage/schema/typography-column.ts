import type { Migration } from './migration';

/** Version 2: the per-article French typography switch, on for every existing article. */
export const typographyColumn: Migration = {
  version: 2,
  description: 'articles.typography (French typography as you type)',
  up(db) {
    db.exec(
      'ALTER TABLE articles ADD COLUMN typography INTEGER NOT NULL DEFAULT 1 CHECK (typography IN (0, 1))',
    );
  },
};
