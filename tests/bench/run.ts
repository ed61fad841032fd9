/**
 * `npm run bench` — the library benchmark of issue 3 (item 10). Options: --articles N (default
 * 10000), --rounds N (default 10), --seed N, --keep (keep the generated library and print where),
 * --library FOLDER (measure a library an earlier run kept instead of generating one: 100,000
 * articles take about 12.5 minutes to generate on a quiet 2-core machine, 47 on a busy one).
 * Figures are ratios against baselines measured in the same run; absolute ms are orientation only.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openLibrary } from '../../electron/node/library/open-library';
import { libraryFiles } from '../../electron/node/library/storage/library-files';
import type { BenchResults, SaveFigures, TypingFigures } from './bench-results';
import { benchMigration } from './bench-migration';
import { benchTyping } from './bench-typing';
import { benchOpenFirstPage } from './bench-open';
import { benchDeepPage } from './bench-deep-page';
import { benchSave } from './bench-save';
import { benchSearch, ripgrepAvailable } from './bench-search';
import { folderSize } from './folder-size';
import { generate, keptLibrary } from './kept-library';
import { machineInfo } from './machine-info';
import { printReport } from './print-report';
import { searchCases } from './search-queries';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '20260613' },
    keep: { type: 'boolean', default: false },
    library: { type: 'string' },
  },
});
const articles = Number(values.articles);
const rounds = Math.max(10, Number(values.rounds));
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1)
  throw new Error('--articles expects a positive whole number.');

const reused = values.library === undefined ? null : path.resolve(values.library);
const root = reused ?? fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

try {
  const withRipgrep = ripgrepAvailable();
  if (!withRipgrep) {
    log(
      'ripgrep (rg) is not installed: the search baseline is skipped. Install it with `apt-get install -y ripgrep`.',
    );
  }
  const generated =
    reused === null ? generate(root, articles, seed, log) : keptLibrary(reused, articles);
  const { database } = libraryFiles(generated.folder);

  log('(a) open + first page …');
  const open = benchOpenFirstPage(generated.folder, database, rounds);

  const library = openLibrary(generated.folder, { create: false });
  let search: BenchResults['search'];
  let deepPage: BenchResults['deepPage'];
  const saves: SaveFigures[] = [];
  const typing: TypingFigures[] = [];
  try {
    deepPage = benchDeepPage(library, generated.articles, rounds);
    log(`(b) search, ${searchCases.length} queries × ${rounds} rounds …`);
    search = benchSearch(library, generated.markdownFolder, searchCases, rounds, withRipgrep);
    for (const words of [1_000, 20_000]) {
      log(`(c) save, ${words} words …`);
      saves.push(benchSave(library, seed, words, Math.max(rounds, 20)));
      log(`(e) typing burst as a Yjs update, ${words} words …`);
      typing.push(benchTyping(library, seed, words, Math.max(rounds, 20)));
    }
  } finally {
    library.close();
  }

  const migrationArticles = Math.min(articles, 1_000);
  log(`(f) size before and after migration, ${migrationArticles} articles …`);
  // Rebuilding a schema-4 library from today's rows predates the migrations after 5 (they add
  // columns it does not drop): a failure here is reported, not allowed to lose the other figures.
  let migration: BenchResults['migration'];
  // A kept library's folder is left as it was found.
  const migrationRoot =
    reused === null ? root : fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
  try {
    migration = benchMigration(migrationRoot, migrationArticles, seed);
  } catch (error) {
    migration = { skipped: error instanceof Error ? error.message : String(error) };
    log(`(f) skipped: ${migration.skipped}`);
  } finally {
    if (migrationRoot !== root) fs.rmSync(migrationRoot, { recursive: true, force: true });
  }

  const sqliteVersion = new Database(':memory:')
    .prepare('SELECT sqlite_version()')
    .pluck()
    .get() as string;
  const date = new Date().toISOString();
  const results: BenchResults = {
    date,
    articles,
    seed,
    rounds,
    generationMs: Number.isFinite(generated.generationMs)
      ? Math.round(generated.generationMs)
      : null,
    reusedLibrary: reused !== null,
    machine: machineInfo(root, sqliteVersion),
    open,
    deepPage,
    search,
    saves,
    typing,
    migration,
    size: {
      libraryBytes: folderSize(generated.folder),
      markdownBytes: folderSize(generated.markdownFolder),
    },
  };
  const report = printReport(results);
  log(`\n${report}\n`);
  const resultsFolder = path.resolve('bench/results');
  fs.mkdirSync(resultsFolder, { recursive: true });
  const file = path.join(resultsFolder, `library-${date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...results, report }, null, 2)}\n`);
  log(`Figures written to ${path.relative(process.cwd(), file)}`);
} finally {
  if (values.keep) log(`Library kept in ${root}`);
  else if (reused === null) fs.rmSync(root, { recursive: true, force: true });
}
