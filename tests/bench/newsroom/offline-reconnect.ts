import * as Y from 'yjs';
import { seededRandom } from '../../../electron/node/library/durability/seeded-random';
import type { BenchArticle } from './bench-library';
import { startTypist } from './typist';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A desk makes `edits` keystrokes while disconnected, then reconnects: the time from reconnect
 * until a second desk on the same article holds every one of them.
 */
export const measureOfflineReconnect = async (
  url: string,
  token: string | null,
  article: BenchArticle,
  edits: number,
): Promise<number> => {
  const offline = startTypist({
    url,
    documentName: article.documentName,
    token,
    seed: article.seed,
  });
  const watcher = startTypist({
    url,
    documentName: article.documentName,
    token,
    seed: article.seed,
  });
  await Promise.all([offline.synced, watcher.synced]);
  offline.socket.disconnect();
  const random = seededRandom(edits);
  for (let index = 0; index < edits; index += 1) offline.type(random);
  const target = Y.getState(offline.doc.store, offline.doc.clientID);
  const started = performance.now();
  const arrived = new Promise<void>((resolve) => {
    const check = () => {
      if (Y.getState(watcher.doc.store, offline.doc.clientID) >= target) resolve();
    };
    watcher.doc.on('update', check);
  });
  await offline.socket.connect();
  await Promise.race([
    arrived,
    pause(60_000).then(() => Promise.reject(new Error('The offline edits never arrived.'))),
  ]);
  const elapsed = performance.now() - started;
  offline.destroy();
  watcher.destroy();
  return elapsed;
};
