import { randomUUID } from 'node:crypto';
import { onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { createArticleDocument } from '../../../../../shared/collab/create-article-document';
import { encodeUpdate } from '../../../../../shared/collab/update-encoding';
import { defaultArticleFields } from '../../../../../shared/model/article-defaults';
import type { Role } from '../../../../../shared/model/role';
import { paragraphs } from '../../../library/testing/open-test-library';
import { openPostgresStore } from '../../postgres/open-postgres-store';
import type { TestServices } from '../../postgres/testing/describe-with-services';
import { freshDatabase } from '../../postgres/testing/fresh-database';
import type { NewsroomStore } from '../../server/newsroom-store';
import type { NewsroomServer } from '../../server/start-newsroom-server';
import { startNewsroomServer } from '../../server/start-newsroom-server';
import { joinedCredential } from '../../testing/test-newsroom';
import { openScaleOutStore } from '../open-scale-out-store';

/** @internal */
export interface ScaleOutNewsroom {
  readonly database: string;
  readonly redis: string;
  /** The test's own view of the database (instances open their own). */
  readonly store: NewsroomStore;
  /** An article ready to approve, its body one paragraph. */
  readonly articleId: string;
  readonly credentials: Record<Role, string>;
}

/**
 * A newsroom in a fresh PostgreSQL database, with one article and three joined accounts, for
 * instances to serve together through Redis; the database is dropped when the test ends.
 * @internal
 */
export const scaleOutNewsroom = async (services: TestServices): Promise<ScaleOutNewsroom> => {
  const database = await freshDatabase(services.postgresUrl);
  const store = await openPostgresStore(database.url);
  onTestFinished(async () => {
    await store.close();
    await database.drop();
  });
  const articleId = randomUUID();
  const document = createArticleDocument(articleId, {
    ...defaultArticleFields(),
    headline: 'Crue du fleuve à Kayes',
    standfirst: 'Le fleuve déborde.',
    bylines: [{ name: 'Awa Diop', role: 'author' }],
    body: paragraphs('Le niveau monte.'),
  });
  const created = await store.apply(
    {
      op: 'create',
      requestId: 'seed',
      id: articleId,
      document: encodeUpdate(Y.encodeStateAsUpdate(document)),
    },
    { name: 'Awa Diop', role: 'reporter' },
  );
  if (!created.ok) throw new Error(created.message);
  return {
    database: database.url,
    redis: services.redisUrl,
    store,
    articleId,
    credentials: {
      reporter: await joinedCredential(store, 'Awa Diop', 'reporter'),
      editor: await joinedCredential(store, 'Moussa Traoré', 'editor'),
      chief_editor: await joinedCredential(store, 'Fatou Sarr', 'chief_editor'),
    },
  };
};

/**
 * One more instance of the newsroom in this process, as `copydesk serve --database --redis`
 * starts it; closed when the test ends.
 * @internal
 */
export const startInstance = async (newsroom: ScaleOutNewsroom): Promise<NewsroomServer> => {
  const { store, extensions } = await openScaleOutStore({
    database: newsroom.database,
    redis: newsroom.redis,
  });
  const server = await startNewsroomServer({ store, host: '127.0.0.1', port: 0, extensions });
  onTestFinished(async () => {
    await server.close();
    await store.close();
  });
  return server;
};
