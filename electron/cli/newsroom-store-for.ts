import type { Extension } from '@hocuspocus/server';
import type { NewsroomStore } from '../node/newsroom/server/newsroom-store';
import type { CommandContext } from './command';
import { parseServiceUrl } from './parse-service-url';
import { UsageError } from './usage-error';

/** Where `serve` and `users` keep the newsroom, and what describes it in messages. */
export interface OpenedNewsroomStore {
  store: NewsroomStore;
  extensions: Extension[];
  description: string;
}

/**
 * The `--library` folder (the embedded default), or with `--database` the PostgreSQL store of
 * `openScaleOutStore` (and the Redis relay with `--redis`). Loaded on demand: Hocuspocus and the
 * drivers are no part of the other commands' start-up.
 */
export const newsroomStoreFor = async (context: CommandContext): Promise<OpenedNewsroomStore> => {
  const { values } = context;
  if (typeof values.database === 'string') {
    const database = parseServiceUrl('database', values.database, ['postgres', 'postgresql']);
    const redis =
      typeof values.redis === 'string'
        ? parseServiceUrl('redis', values.redis, ['redis', 'rediss'])
        : null;
    const { openScaleOutStore } = await import('../node/newsroom/scale-out/open-scale-out-store');
    const opened = await openScaleOutStore({ database, redis });
    return { ...opened, description: 'PostgreSQL' };
  }
  if (typeof values.redis === 'string') throw new UsageError('--redis needs --database');
  const folder = context.libraryFolder();
  const { openLibraryNewsroomStore } =
    await import('../node/newsroom/library-store/open-library-newsroom-store');
  return {
    store: openLibraryNewsroomStore(folder),
    extensions: [],
    description: `library ${folder}`,
  };
};
