import { encodeUpdate } from '../../../shared/collab/update-encoding';
import { openPostgresStore } from '../../../electron/node/newsroom/postgres/open-postgres-store';
import { freshDatabase } from '../../../electron/node/newsroom/postgres/testing/fresh-database';
import type { BenchArticle } from './bench-library';

/**
 * A new database on the PostgreSQL server holding the bench library's articles (their documents
 * as the library stores them), for the instances to serve; `drop` removes it.
 */
export const postgresNewsroom = async (
  serverUrl: string,
  articles: readonly BenchArticle[],
): Promise<{ url: string; drop: () => Promise<void> }> => {
  const database = await freshDatabase(serverUrl);
  const store = await openPostgresStore(database.url);
  try {
    for (const article of articles) {
      const created = await store.apply(
        {
          op: 'create',
          requestId: article.id,
          id: article.id,
          document: encodeUpdate(article.seed),
        },
        { name: 'bench', role: 'chief_editor' },
      );
      if (!created.ok) throw new Error(created.message);
    }
  } finally {
    await store.close();
  }
  return database;
};
