import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../../../shared/errors/error-code';
import { syncFile, syncFolder } from '../../files/durable-file';
import { toAppError } from './sqlite-errors';
import { removeTemporaryFile, temporaryPath } from '../../files/temporary-file';

const retryDelaysMs = [200, 400, 800];
const transientRenameCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Windows refuses a rename while an antivirus or indexer holds the file: retry a little. */
const renameWithRetry = async (from: string, to: string): Promise<void> => {
  for (const delay of [...retryDelaysMs, null]) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (delay === null || process.platform !== 'win32' || !transientRenameCodes.has(code))
        throw error;
      await sleep(delay);
    }
  }
};

export interface BackupOptions {
  /** False: an existing file at the destination is never replaced (`conflict` instead). */
  replace?: boolean;
}

/**
 * Puts the finished temp file at the destination without ever replacing a file there: a hard
 * link fails on an existing name; file systems without links (FAT, exFAT) get an exclusive copy.
 */
const placeWithoutReplacing = (temporary: string, destination: string): void => {
  try {
    fs.linkSync(temporary, destination);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new AppError(
        'conflict',
        `${path.basename(destination)} already exists: a backup never replaces a file. Choose another name.`,
      );
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    fs.copyFileSync(temporary, destination, fs.constants.COPYFILE_EXCL);
    syncFile(destination);
  }
  removeTemporaryFile(temporary);
};

/**
 * A consistent copy of the open library (SQLite's online backup), written to a temp file beside
 * the destination, synced, then renamed over it (or, with `replace: false`, linked beside any
 * existing file): the destination is whole or untouched.
 */
export const backupLibrary = async (
  db: Database.Database,
  database: string,
  destinationFile: string,
  { replace = true }: BackupOptions = {},
): Promise<string> => {
  const destination = path.resolve(destinationFile);
  if (destination === database || destination.startsWith(`${database}-`)) {
    throw new AppError(
      'invalid',
      'A backup cannot replace the library itself; choose another file.',
    );
  }
  const temporary = temporaryPath(destination);
  try {
    await db.backup(temporary);
    syncFile(temporary);
    if (replace) await renameWithRetry(temporary, destination);
    else placeWithoutReplacing(temporary, destination);
    syncFolder(path.dirname(destination));
    return destination;
  } catch (error) {
    removeTemporaryFile(temporary);
    throw toAppError(error);
  }
};
