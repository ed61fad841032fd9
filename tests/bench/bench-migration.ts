import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openLibrary } from '../../electron/node/library/open-library';
import { libraryFiles } from '../../electron/node/library/storage/library-files';
import { decodeStoredBody } from '../../electron/node/library/stored-forms/stored-body';
import type { MigrationFigures } from './bench-results';
import { generateLibrary } from './generate-library';

/**
 * Turns a library written by today's code back into what schema 4 stored: the same rows without
 * the documents' tables (articles written through `create` and `setStatus` hold the same row,
 * body, search row and revisions as the release before Yjs wrote them). Only the migrations that
 * build those tables run again (5 creates them, 12 adds their compression flag): the others'
 * columns are still there, and running them twice would fail on them.
 */
const asSchemaFour = (database: string): void => {
  const db = new Database(database);
  try {
    // Schema 4 kept bodies as JSON text; today's are deflated.
    const rows = db.prepare('SELECT article_row AS row, body FROM article_bodies').all() as {
      row: number;
      body: string | Buffer;
    }[];
    const asText = db.prepare('UPDATE article_bodies SET body = ? WHERE article_row = ?');
    db.transaction(() => {
      for (const { row, body } of rows) asText.run(JSON.stringify(decodeStoredBody(body)), row);
    })();
    db.exec(`
      DROP TABLE underived_articles;
      DROP TABLE article_updates;
      DELETE FROM schema_migrations WHERE version IN (5, 12);
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
