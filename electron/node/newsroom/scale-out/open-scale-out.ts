import type { Extension } from '@hocuspocus/server';
import { openPostgresStore } from '../postgres/open-postgres-store';
import type { NewsroomStore } from '../server/newsroom-store';
import { redisRelay } from './redis-relay';
import { relayedIndex } from './relayed-index';

/**
 * `copydesk serve --database postgres://… [--redis redis://…]`: the newsroom in PostgreSQL and,
 * with Redis, the extensions that let any number of instances serve it together.
 */
export const openScaleOut = async (options: {
  database: string;
  redis?: string;
}): Promise<{ store: NewsroomStore; extensions: Extension[] }> => {
  const store = await openPostgresStore(options.database);
  return {
    store,
    extensions:
      options.redis === undefined
        ? []
        : [...redisRelay(options.redis, store.libraryId), relayedIndex()],
  };
};
