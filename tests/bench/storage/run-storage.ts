/**
 * `npx tsx tests/bench/storage/run-storage.ts --articles N`: generates a library the way the
 * bench does and prints the bytes each table takes against the same articles as Markdown, before
 * and after compaction.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { libraryFiles } from '../../../electron/node/library/storage/library-files';
import { folderSize } from '../folder-size';
import { generateLibrary } from '../generate-library';
import { tableSizes } from './table-sizes';
import { openLibrary } from '../../../electron/node/library/open-library';
import { storeRowsTheOldWay } from '../../../electron/node/library/storage/compaction/testing/store-rows-the-old-way';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20260613' },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-storage-'));
const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KiB`;

const report = (label: string, folder: string, markdownBytes: number): void => {
  const { database } = libraryFiles(folder);
  const db = new Database(database, { readonly: true });
  try {
    const total = folderSize(folder);
    log(
      `\n${label}: ${total} bytes, ${kib(total / articles)} per article, ${(total / markdownBytes).toFixed(2)}× the Markdown`,
    );
    for (const { name, bytes } of tableSizes(db).slice(0, 14)) {
      log(`  ${name.padEnd(36)} ${String(bytes).padStart(12)}  ${kib(bytes / articles)} / article`);
    }
  } finally {
    db.close();
  }
};

try {
  const generated = generateLibrary(root, articles, Number(values.seed));
  const markdownBytes = folderSize(generated.markdownFolder);
  log(`Markdown: ${markdownBytes} bytes, ${kib(markdownBytes / articles)} per article`);
  report('Library as written now', generated.folder, markdownBytes);
  storeRowsTheOldWay(generated.folder, { doubleLogs: false });
  report(
    'The same rows as written before (text bodies, raw updates, every snapshot whole)',
    generated.folder,
    markdownBytes,
  );
  const library = openLibrary(generated.folder, { create: false });
  const started = performance.now();
  const compaction = await library.compact().finally(() => library.close());
  fs.rmSync(compaction.backup);
  log(`\nCompacted in ${Math.round(performance.now() - started)} ms (backup included)`);
  report('After "Compact library" (backup removed)', generated.folder, markdownBytes);
} finally {
  if (values.keep) log(`Kept in ${root}`);
  else fs.rmSync(root, { recursive: true, force: true });
}
