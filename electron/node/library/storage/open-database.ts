import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../../../shared/errors/error-code';
import { openReadOnlyConnection, openWritableConnection } from './connection';
import { databaseHeaderProblem } from './database-header';
import { inspectDatabase } from './inspect-database';
import { corruptLibrary } from './library-errors';
import { copyForReading } from './read-only-copy';
import type { Migration } from './schema/migration';
import { latestSchemaVersion } from './schema/migration-list';
import { reclaimSpaceAfterMigration } from './reclaim-space';
import { backupBeforeMigration } from './backup-before-migration';
import { runMigrations } from './schema/run-migrations';
import { readSchemaVersion } from './schema/schema-version';
import { toAppError } from './sqlite-errors';

export interface OpenedDatabase {
  db: Database.Database;
  schemaVersion: number;
  readOnlyReason: string | null;
  /** False when opening checked only what lists need: the rest is to check in the background. */
  checkedWhole: boolean;
  dispose(): void;
}

interface OpenDatabaseOptions {
  migrations: readonly Migration[];
  now: () => Date;
  /** Set when the folder cannot be written: the library is read from a private copy. */
  folderReadOnlyReason: string | null;
  /** Above this file size, only the header and schema are checked before opening. */
  fullCheckLimitBytes?: number;
}

const fileReadOnlyReason = (database: string): string | null => {
  try {
    fs.accessSync(database, fs.constants.W_OK);
    return null;
  } catch {
    return 'The file library.sqlite is read-only, so the library is open for reading only: nothing can be saved.';
  }
};

export const damageReason = (damage: string): string =>
  `The integrity check found damage in library.sqlite (${damage}). The library is open read-only so nothing more is lost: you can still read and export every article. Restore a backup to edit again.`;

const openReadOnly = (
  database: string,
  options: OpenDatabaseOptions,
): OpenedDatabase | { schemaVersion: number; checkedWhole: boolean } => {
  const copy = options.folderReadOnlyReason === null ? null : copyForReading(database);
  const dispose = (): void => copy?.dispose();
  let db: Database.Database | undefined;
  try {
    db = openReadOnlyConnection(copy?.file ?? database);
    const known = latestSchemaVersion(options.migrations);
    const size = fs.statSync(database).size;
    const { schemaVersion, damage, checkedWhole } = inspectDatabase(
      db,
      database,
      known,
      readSchemaVersion,
      size,
      options.fullCheckLimitBytes,
    );
    const reason =
      options.folderReadOnlyReason ??
      (damage === null ? null : damageReason(damage)) ??
      fileReadOnlyReason(database);
    if (reason === null) {
      db.close();
      dispose();
      return { schemaVersion, checkedWhole };
    }
    if (schemaVersion < known) {
      throw new AppError(
        'read_only',
        `${reason} This library also needs an upgrade, which is impossible while it is read-only.`,
      );
    }
    db.pragma('query_only = ON');
    return { db, schemaVersion, readOnlyReason: reason, checkedWhole, dispose };
  } catch (error) {
    db?.close();
    dispose();
    throw toAppError(error);
  }
};

/**
 * Opens `library.sqlite`: header and version checked read-only first (a damaged or future library
 * is never written), then either the read-only connection (damage, read-only file or folder) or
 * the writing connection after migrations, which start from a backup copy of the old version.
 */
export const openDatabase = (database: string, options: OpenDatabaseOptions): OpenedDatabase => {
  const headerProblem = databaseHeaderProblem(database);
  if (headerProblem !== null) throw corruptLibrary(database, headerProblem);
  const inspected = openReadOnly(database, options);
  if ('db' in inspected) return inspected;
  const db = openWritableConnection(database);
  try {
    const known = latestSchemaVersion(options.migrations);
    if (inspected.schemaVersion > 0 && inspected.schemaVersion < known)
      backupBeforeMigration(db, database, inspected.schemaVersion);
    const schemaVersion = runMigrations(db, options.migrations, options.now);
    if (schemaVersion > inspected.schemaVersion && inspected.schemaVersion > 0)
      reclaimSpaceAfterMigration(db);
    return {
      db,
      schemaVersion,
      readOnlyReason: null,
      checkedWhole: inspected.checkedWhole,
      dispose: () => undefined,
    };
  } catch (error) {
    db.close();
    throw toAppError(error);
  }
};
