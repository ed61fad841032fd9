import type { Extension } from '@hocuspocus/server';
import { AppError } from '../../../shared/errors/error-code';
import type { NewsroomStore } from './server/newsroom-store';

export interface ScaleOutOptions {
  /** postgres://… */
  database: string;
  /** redis://…, or null for one instance on PostgreSQL alone. */
  redis: string | null;
}

export interface ScaleOutStore {
  store: NewsroomStore;
  /** Added to the server's Hocuspocus (e.g. `@hocuspocus/extension-redis`). */
  extensions: Extension[];
}

/**
 * The hook behind `copydesk serve --database URL --redis URL` and `copydesk users --database URL`:
 * the PostgreSQL store, and the Redis relay between instances. The PostgreSQL + Redis work fills
 * it in; until then the options are parsed and refused with this message.
 */
export const openScaleOutStore = (_options: ScaleOutOptions): Promise<ScaleOutStore> =>
  Promise.reject(
    new AppError(
      'unavailable',
      'PostgreSQL (--database) is not available in this build yet: serve a library folder with --library.',
    ),
  );
