// One newsroom server instance on PostgreSQL and Redis, in a process of its own, so that a test
// can SIGKILL it: `node --import tsx serve-instance.ts DATABASE_URL REDIS_URL`. Prints
// "ready <ws url>" once it listens.
import { startNewsroomServer } from '../../server/start-newsroom-server';
import { openScaleOut } from '../open-scale-out';

const [database, redis] = process.argv.slice(2);
if (database === undefined || redis === undefined) throw new Error('DATABASE_URL REDIS_URL');
const { store, extensions } = await openScaleOut({ database, redis });
const server = await startNewsroomServer({
  store,
  host: '127.0.0.1',
  port: 0,
  extensions,
  // Long enough that a SIGKILL lands while changes are still only in memory.
  limits: { storeDelayMs: 2_000, maxStoreDelayMs: 5_000 },
});
process.stdout.write(`ready ${server.url}\n`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
