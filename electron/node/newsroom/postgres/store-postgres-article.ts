import type { Pool } from 'pg';
import * as Y from 'yjs';
import { AppError } from '../../../../shared/errors/error-code';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';
import { inTransaction } from './in-transaction';
import { readIndexEntries } from './read-index-entries';

/**
 * Merges an update into the stored document under a row lock. Several instances may store the
 * same document (each its own full state), so what is there is merged with, never overwritten.
 */
export const storePostgresArticle = (
  pool: Pool,
  id: string,
  update: Uint8Array,
): Promise<IndexEntry> =>
  inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ document: Buffer }>(
      'SELECT document FROM newsroom_articles WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (rows[0] === undefined) throw new AppError('not_found', `There is no article ${id}.`);
    const merged = Y.mergeUpdates([rows[0].document, update]);
    await client.query(
      'UPDATE newsroom_articles SET document = $2, changed_at = clock_timestamp() WHERE id = $1',
      [id, Buffer.from(merged)],
    );
    return (await readIndexEntries(client, id)).get(id)!;
  });
