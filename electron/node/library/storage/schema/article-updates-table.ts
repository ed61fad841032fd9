import type { Migration } from './migration';

/**
 * Version 5: each article's Yjs document, kept as the updates that built it (appended, compacted
 * from time to time). The article row, body and search row stay, derived from the document.
 */
export const articleUpdatesTable: Migration = {
  version: 5,
  description: 'article_updates: the Yjs updates of each article',
  up(db) {
    db.exec(`
      CREATE TABLE article_updates (
        id INTEGER PRIMARY KEY,
        article_row INTEGER NOT NULL REFERENCES articles (row_id) ON DELETE CASCADE,
        data BLOB NOT NULL
      );
      CREATE INDEX article_updates_by_article ON article_updates (article_row, id);
    `);
  },
};
