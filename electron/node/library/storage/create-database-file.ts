import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { syncFile, syncFolder } from '../../files/durable-file';
import type { Migration } from './schema/migration';
import { runMigrations } from './schema/run-migrations';
import { toAppError } from './sqlite-errors';
import { removeTemporaryFile, temporaryPath } from '../../files/temporary-file';

/**
 * Builds a new library database beside its final name and renames it into place, so a crash
 * during creation never leaves a half-made `library.sqlite` (only a temp file, swept at open).
 */
export const createDatabaseFile = (
  database: string,
  migrations: readonly Migration[],
  now: () => Date,
): void => {
  const temporary = temporaryPath(database);
  try {
    const db = new Database(temporary);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      runMigrations(db, migrations, now);
    } finally {
      db.close();
    }
    syncFile(temporary);
    fs.renameSync(temporary, database);
    syncFolder(path.dirname(database));
  } catch (error) {
    removeTemporaryFile(temporary);
    throw toAppError(error);
  }
};
