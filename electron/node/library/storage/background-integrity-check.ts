import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Plain CommonJS run by the worker: no build step, no TypeScript loader needed in the thread. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const stop = new Int32Array(workerData.stop);
const problems = [];
try {
  const db = new Database(workerData.database, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => {
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name <> 'articles', rootpage").pluck().all();
      for (const table of tables) {
        if (Atomics.load(stop, 0) === 1 || problems.length > 0) break;
        const quotedName = '"' + table.replaceAll('"', '""') + '"';
        for (const finding of db.prepare('PRAGMA integrity_check(' + quotedName + ')').pluck().all()) {
          if (finding !== 'ok') problems.push(finding);
        }
      }
    })();
  } finally {
    db.close();
  }
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
}
parentPort.postMessage({ damage: problems.length === 0 ? null : problems.slice(0, 3).join('; ') });
`;

export type IntegrityVerdict = (damage: string | null) => void;

/**
 * Runs SQLite's `integrity_check` on every table of `database` (indexes, the search index's own
 * check, table/index agreement) in a worker thread, on its own read-only connection, and reports
 * what it found, the articles table (what lists read) first. The returned function stops it
 * between two tables (a library closing).
 */
export const startBackgroundIntegrityCheck = (
  database: string,
  verdict: IntegrityVerdict,
): (() => void) => {
  const stop = new SharedArrayBuffer(4);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { database, driver, stop } });
  worker.unref();
  let settled = false;
  worker.once('message', (message: { damage: string | null }) => {
    settled = true;
    verdict(message.damage);
  });
  worker.once('error', () => {
    settled = true;
  });
  return () => {
    Atomics.store(new Int32Array(stop), 0, 1);
    if (!settled) void worker.terminate();
  };
};
