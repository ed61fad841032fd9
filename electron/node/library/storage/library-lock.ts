import fs from 'node:fs';
import { AppError } from '../../../../shared/errors/error-code';
import { readLockFile, removeFile, writeLockFile } from './lock-file';
import type { LockOwner } from './lock-owner';
import { currentLockOwner } from './lock-owner';
import { takeOverStaleLock } from './stale-lock';

/** The library lock of this process; `held` is false when the folder cannot be written at all. */
export interface LibraryLock {
  readonly held: boolean;
  readonly readOnlyReason: string | null;
  release(): void;
}

const foldersOpenHere = new Set<string>();
const readOnlyFolderCodes = new Set(['EACCES', 'EPERM', 'EROFS']);

const folderKey = (folder: string): string => fs.realpathSync(folder);

const readOnlyLock = (): LibraryLock => ({
  held: false,
  readOnlyReason:
    'The library folder is read-only, so the library is open for reading only: nothing can be saved here.',
  release: () => undefined,
});

const createLock = (lockFile: string, owner: LockOwner): boolean => {
  try {
    writeLockFile(lockFile, owner);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (readOnlyFolderCodes.has(code)) return false;
    if (code !== 'EEXIST') throw error;
  }
  takeOverStaleLock(lockFile, owner);
  return true;
};

/**
 * Takes the library lock: `library.lock` created exclusively, holding our pid and hostname. A lock
 * held by another live process (or this process) is refused with 'locked'; a stale one is taken
 * over.
 */
export const acquireLibraryLock = (folder: string, lockFile: string): LibraryLock => {
  const key = folderKey(folder);
  if (foldersOpenHere.has(key)) {
    throw new AppError('locked', 'This library is already open in this Copydesk.');
  }
  const owner = currentLockOwner();
  if (!createLock(lockFile, owner)) return readOnlyLock();
  foldersOpenHere.add(key);
  const release = (): void => {
    process.off('exit', release);
    if (!foldersOpenHere.delete(key)) return;
    const state = readLockFile(lockFile);
    if (
      state.kind === 'owned' &&
      state.owner.pid === owner.pid &&
      state.owner.startedAt === owner.startedAt
    ) {
      removeFile(lockFile);
    }
  };
  process.on('exit', release);
  return { held: true, readOnlyReason: null, release };
};
