import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

/**
 * Version 7 (newsroom-accounts): the accounts of a newsroom server sharing this library, with
 * their invitations and credentials kept only as hashes, and the library's own id, which desks
 * joining the server remember so that a replica never mixes two newsrooms.
 */
export const newsroomAccounts: Migration = {
  version: 7,
  description: 'newsroom_accounts, library_identity (newsroom server)',
  up(db) {
    db.exec(`
      CREATE TABLE library_identity (
        only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
        library_id TEXT NOT NULL
      );

      CREATE TABLE newsroom_accounts (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('reporter', 'editor', 'chief_editor')),
        created_at TEXT NOT NULL,
        invitation_hash TEXT UNIQUE,
        credential_hash TEXT UNIQUE,
        joined_at TEXT,
        revoked_at TEXT
      );
    `);
    db.prepare('INSERT INTO library_identity (only_row, library_id) VALUES (1, ?)').run(
      randomUUID(),
    );
  },
};
