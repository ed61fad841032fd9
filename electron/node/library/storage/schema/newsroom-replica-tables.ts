import type { Migration } from './migration';

/**
 * Version 8 (newsroom-replica): a library that replicates a newsroom server remembers the server,
 * what it last synced of each article, how many local changes the server has not confirmed, and
 * the requests (create, status, trash, restore) waiting for the server, so all survive a restart.
 */
export const newsroomReplicaTables: Migration = {
  version: 8,
  description: 'newsroom_link, replica_articles, replica_requests (newsroom replica)',
  up(db) {
    db.exec(`
      CREATE TABLE newsroom_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        address TEXT NOT NULL,
        library_id TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('reporter', 'editor', 'chief_editor'))
      );

      CREATE TABLE replica_articles (
        article_id TEXT PRIMARY KEY,
        synced_changed_at TEXT,
        unsent INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE replica_requests (
        id INTEGER PRIMARY KEY,
        request TEXT NOT NULL
      );
    `);
  },
};
