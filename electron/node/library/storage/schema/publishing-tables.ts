import type { Migration } from './migration';

/**
 * Version 7 (publishing-tables): publishing to WordPress. `publish_jobs` is the outbox, which
 * survives restarts; `published_posts` remembers, per article and site, the remote post and
 * media ids and what was last pushed, so a retry updates and never duplicates.
 */
export const publishingTables: Migration = {
  version: 9,
  description: 'publish_jobs, published_posts (publishing to WordPress)',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS publish_jobs (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        site TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('publish', 'correction')),
        correction TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'published', 'failed', 'edited_remotely', 'cancelled')),
        overwrite INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        progress TEXT NOT NULL DEFAULT '',
        last_error TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        queued_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS publish_jobs_by_state ON publish_jobs (state, next_attempt_at);
      CREATE INDEX IF NOT EXISTS publish_jobs_by_article ON publish_jobs (article_id, id);

      CREATE TABLE IF NOT EXISTS published_posts (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        site TEXT NOT NULL,
        post_id INTEGER,
        link TEXT NOT NULL DEFAULT '',
        media TEXT NOT NULL DEFAULT '{}',
        pushed_modified_gmt TEXT NOT NULL DEFAULT '',
        pushed_content TEXT NOT NULL DEFAULT '',
        create_started_at TEXT,
        remote_content TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (article_id, site)
      );
    `);
  },
};
