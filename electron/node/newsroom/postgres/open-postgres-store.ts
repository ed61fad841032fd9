import pg from 'pg';
import { AppError } from '../../../../shared/errors/error-code';
import type { NewsroomStore } from '../server/newsroom-store';
import { applyPostgresRequest } from './apply-postgres-request';
import { ensurePostgresSchema } from './ensure-postgres-schema';
import { postgresAccounts } from './postgres-accounts';
import { postgresAddress } from './postgres-address';
import { readIndexEntries } from './read-index-entries';
import { storePostgresArticle } from './store-postgres-article';

/**
 * A newsroom kept in PostgreSQL (`--database postgres://…`), so that any number of server
 * instances share it. The tables are created on first use.
 */
export const openPostgresStore = async (connectionString: string): Promise<NewsroomStore> => {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection the database drops must not take the server down with it.
  pool.on('error', (error) => console.error('PostgreSQL:', error.message));
  let libraryId: string;
  try {
    libraryId = await ensurePostgresSchema(pool);
  } catch (error) {
    await pool.end();
    throw new AppError(
      'unavailable',
      `Cannot open the newsroom in PostgreSQL at ${postgresAddress(connectionString)}: ${(error as Error).message}`,
    );
  }
  return {
    libraryId,
    accounts: postgresAccounts(pool),
    index: () => readIndexEntries(pool),
    async loadArticle(id) {
      const { rows } = await pool.query<{ document: Buffer }>(
        'SELECT document FROM newsroom_articles WHERE id = $1',
        [id],
      );
      return rows[0] === undefined ? null : new Uint8Array(rows[0].document);
    },
    storeArticle: (id, update) => storePostgresArticle(pool, id, update),
    apply: (request, by) => applyPostgresRequest(pool, request, by),
    close: () => pool.end(),
  };
};
