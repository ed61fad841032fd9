import type { Extension } from '@hocuspocus/server';
import { openPostgresStore } from '../postgres/open-postgres-store';
import { redisRelay } from './redis-relay';
import { relayedIndex } from './relayed-index';
import type { NewsroomStore } from '../server/newsroom-store';

export interface ScaleOutOptions {
  /** postgres://… */
  database: string;
  /** redis://…, or null for one instance on PostgreSQL alone. */
  redis: string | null;
}

export interface ScaleOutStore {
  store: NewsroomStore;
  /** Added to the server's Hocuspocus: the Redis relay and what it needs. */
  extensions: Extension[];
}

/**
 * The hook behind `copydesk serve --database URL --redis URL` and `copydesk users --database URL`:
 * the newsroom in PostgreSQL and, with Redis, the extensions that let any number of instances
 * serve it together.
 */
export const openScaleOutStore = async (options: ScaleOutOptions): Promise<ScaleOutStore> => {
  const store = await openPostgresStore(options.database);
  if (options.redis === null) return { store, extensions: [] };
  try {
    return {
      store,
      extensions: [...(await redisRelay(options.redis, store.libraryId)), relayedIndex()],
    };
  } catch (error) {
    await store.close();
    throw error;
  }
};
