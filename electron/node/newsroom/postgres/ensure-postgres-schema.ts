import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { inTransaction } from './in-transaction';

// Tables are prefixed so that a newsroom can share a database with other applications. Times are
// clock_timestamp(), taken under the row lock, so changed_at orders the changes of every instance.
const schema = `
  CREATE TABLE IF NOT EXISTS newsroom_identity (
    only_row integer PRIMARY KEY CHECK (only_row = 1),
    library_id text NOT NULL
  );
  CREATE TABLE IF NOT EXISTS newsroom_accounts (
    name text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('reporter', 'editor', 'chief_editor')),
    created_at timestamptz NOT NULL,
    invitation_hash text UNIQUE,
    credential_hash text UNIQUE,
    joined_at timestamptz,
    revoked_at timestamptz
  );
  CREATE TABLE IF NOT EXISTS newsroom_articles (
    id text PRIMARY KEY,
    document bytea NOT NULL,
    status text NOT NULL,
    trashed_at timestamptz,
    created_at timestamptz NOT NULL,
    changed_at timestamptz NOT NULL
  );
  CREATE TABLE IF NOT EXISTS newsroom_moves (
    article_id text NOT NULL REFERENCES newsroom_articles (id) ON DELETE CASCADE,
    seq bigserial,
    from_status text NOT NULL,
    to_status text NOT NULL,
    by_name text NOT NULL,
    role text NOT NULL,
    at timestamptz NOT NULL,
    note text NOT NULL,
    PRIMARY KEY (article_id, seq)
  );
`;

/**
 * Creates the tables on first use and returns the library's id. Instances starting together
 * take an advisory lock, so only one of them creates the tables and the id.
 */
export const ensurePostgresSchema = (pool: Pool): Promise<string> =>
  inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('copydesk newsroom schema'))`);
    await client.query(schema);
    await client.query(
      'INSERT INTO newsroom_identity (only_row, library_id) VALUES (1, $1) ON CONFLICT DO NOTHING',
      [randomUUID()],
    );
    const { rows } = await client.query<{ library_id: string }>(
      'SELECT library_id FROM newsroom_identity',
    );
    return rows[0]!.library_id;
  });
