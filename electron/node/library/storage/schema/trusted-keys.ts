import type { Migration } from './migration';

// Spelled out, not derived from `statuses`: a shipped migration never changes.
const statusCheck = `IN ('draft', 'submitted', 'changes_requested', 'approved', 'published', 'spiked')`;

/**
 * Version 6 (trusted-keys): signed status moves. Each status change keeps its signature; the
 * library remembers the signing keys it met and trusts; received moves it could not verify are
 * held apart until a local editor confirms them.
 */
export const trustedKeys: Migration = {
  version: 6,
  description: 'status_changes.signature, trusted_keys, held_moves (signed status moves)',
  up(db) {
    db.exec(`
      ALTER TABLE status_changes ADD COLUMN signature TEXT;

      CREATE TABLE trusted_keys (
        public_key TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('reporter', 'editor', 'chief_editor')),
        trust TEXT NOT NULL CHECK (trust IN ('seen', 'trusted', 'revoked')),
        first_seen_at TEXT NOT NULL
      );

      CREATE TABLE held_moves (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        from_status TEXT CHECK (from_status IS NULL OR from_status ${statusCheck}),
        to_status TEXT NOT NULL CHECK (to_status ${statusCheck}),
        by_name TEXT NOT NULL,
        role TEXT,
        note TEXT NOT NULL,
        at TEXT NOT NULL,
        signature TEXT,
        reason TEXT NOT NULL
      );
      CREATE INDEX held_moves_by_article ON held_moves (article_id, id);
    `);
  },
};
