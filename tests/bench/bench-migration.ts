import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openLibrary } from '../../electron/node/library/open-library';
import { libraryFiles } from '../../electron/node/library/storage/library-files';
import type { MigrationFigures } from './bench-results';
import { generateLibrary } from './generate-library';

/**
 * Turns a library written by today's code back into what schema 4 stored: the same rows without
 * the documents' tables (articles written through `create` and `setStatus` hold the same row,
 * body, search row and revisions as the release before Yjs wrote them).
 */
const asSchemaFour = (database: string): void => {
  const db = new Database(database);
  try {
    db.exec(`
      DROP TABLE underived_articles;
      DROP TABLE article_updates;
      DELETE FROM schema_migrations WHERE version >= 5;
      PRAGMA user_version = 4;
    `);
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
};

/**
 * (f) The size of `count` synthetic articles on disk (library.sqlite), as schema 4 stored them
 * and after today's code migrated them (every article's document seeded), with the time the
 * migration took (backup copy included).
 */
export const benchMigration = (root: string, count: number, seed: number): MigrationFigures => {
  const generated = generateLibrary(path.join(root, 'migration'), count, seed);
  const { database } = libraryFiles(generated.folder);
  asSchemaFour(database);
  const beforeBytes = fs.statSync(database).size;
  const started = performance.now();
  openLibrary(generated.folder, { create: false }).close();
  const migrationMs = performance.now() - started;
  return {
    articles: count,
    beforeBytes,
    afterBytes: fs.statSync(database).size,
    migrationMs: Math.round(migrationMs),
  };
};
