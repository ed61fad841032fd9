import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../../shared/errors/error-code';
import { createDatabaseFile } from './storage/create-database-file';
import type { Library } from './library';
import { libraryFiles } from './storage/library-files';
import { acquireLibraryLock } from './storage/library-lock';
import { missingLibrary } from './storage/library-errors';
import { libraryMethods } from './library-methods';
import { startBackgroundIntegrityCheck } from './storage/background-integrity-check';
import type { LibraryContext } from './storage/library-context';
import { damageReason, openDatabase } from './storage/open-database';
import { migrations } from './storage/schema/migration-list';
import { toAppError } from './storage/sqlite-errors';
import { sweepStrayTemporaryFiles } from '../files/temporary-file';

export interface OpenLibraryOptions {
  /** Create the folder and an empty library when there is none. */
  create: boolean;
  /** Tests only: the clock for timestamps and revision pruning. */
  now?: () => Date;
  /** Tests only: adjust the connection once open (e.g. `PRAGMA max_page_count` for a full disk). */
  configureDatabase?: (db: Database.Database) => void;
  /** Tests only: the file size above which the whole-file check moves to the background. */
  fullCheckLimitBytes?: number;
  /** Tests only: told what the background integrity check found (null: nothing). */
  onBackgroundCheck?: (damage: string | null) => void;
}

const prepareFolder = (folder: string, create: boolean): void => {
  const stat = fs.statSync(folder, { throwIfNoEntry: false });
  if (stat === undefined && create) fs.mkdirSync(folder, { recursive: true });
  else if (stat === undefined) throw missingLibrary(folder);
  else if (!stat.isDirectory()) throw new AppError('not_found', `${folder} is not a folder.`);
};

const optimizeQuietly = (db: Database.Database): void => {
  try {
    db.pragma('optimize');
  } catch {
    // Only a statistics refresh: closing matters more.
  }
};

/**
 * Opens (or creates) the library in `folder`: takes the lock, sweeps stray temp files, checks the
 * database before anything writes, migrates it, and returns the `Library`. Read-only when the
 * folder or file cannot be written or the integrity check fails. A large library (over 32 MiB)
 * has only its header and schema read before opening, and is checked whole in a worker thread
 * after, articles first: damage found there turns the open library read-only, with the reason in
 * `info()`.
 */
export const openLibrary = (folder: string, options: OpenLibraryOptions): Library => {
  const files = libraryFiles(folder);
  const now = options.now ?? (() => new Date());
  try {
    prepareFolder(files.folder, options.create);
    if (!options.create && !fs.existsSync(files.database)) throw missingLibrary(files.folder);
  } catch (error) {
    throw toAppError(error);
  }
  const lock = acquireLibraryLock(files.folder, files.lock);
  try {
    if (lock.held) sweepStrayTemporaryFiles(files.folder);
    if (!fs.existsSync(files.database)) {
      if (!lock.held)
        throw new AppError(
          'read_only',
          `Cannot create a library in ${files.folder}: the folder is read-only.`,
        );
      createDatabaseFile(files.database, migrations, now);
    }
    const opened = openDatabase(files.database, {
      migrations,
      now,
      folderReadOnlyReason: lock.readOnlyReason,
      fullCheckLimitBytes: options.fullCheckLimitBytes,
    });
    options.configureDatabase?.(opened.db);
    const context: LibraryContext = { db: opened.db, now, readOnlyReason: opened.readOnlyReason };
    let open = true;
    const stopCheck =
      opened.checkedWhole || opened.readOnlyReason !== null
        ? () => undefined
        : startBackgroundIntegrityCheck(files.database, (damage) => {
            if (open && damage !== null) {
              context.readOnlyReason = damageReason(damage);
              opened.db.pragma('query_only = ON');
            }
            options.onBackgroundCheck?.(damage);
          });
    return libraryMethods({
      folder: files.folder,
      database: files.database,
      context,
      schemaVersion: opened.schemaVersion,
      close: () => {
        open = false;
        stopCheck();
        try {
          if (context.readOnlyReason === null) optimizeQuietly(opened.db);
          opened.db.close();
        } finally {
          opened.dispose();
          lock.release();
        }
      },
    });
  } catch (error) {
    lock.release();
    throw toAppError(error);
  }
};
