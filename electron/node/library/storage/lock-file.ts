import fs from 'node:fs';
import type { LockOwner } from './lock-owner';
import { parseLockOwner } from './lock-owner';

/** Creates the lock file exclusively (fails with EEXIST when it exists) and makes it durable. */
export const writeLockFile = (file: string, owner: LockOwner): void => {
  const descriptor = fs.openSync(file, 'wx');
  try {
    fs.writeSync(descriptor, JSON.stringify(owner));
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
};

export type LockFileState =
  { kind: 'missing' } | { kind: 'owned'; owner: LockOwner } | { kind: 'unreadable'; ageMs: number };

export const readLockFile = (file: string): LockFileState => {
  try {
    const owner = parseLockOwner(fs.readFileSync(file, 'utf8'));
    if (owner !== null) return { kind: 'owned', owner };
    return { kind: 'unreadable', ageMs: Date.now() - fs.statSync(file).mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
};

export const removeFile = (file: string): void => {
  fs.rmSync(file, { force: true });
};
