import fs from 'node:fs';
import { AppError } from '../../../../shared/errors/error-code';
import { readLockFile, removeFile, writeLockFile } from './lock-file';
import type { LockOwner } from './lock-owner';
import { ownerIsAlive } from './lock-owner';

/** A lock file still being written, or a takeover in progress, is younger than this. */
const settleMs = 10_000;

const inUse = (owner: LockOwner | null, self?: LockOwner): AppError => {
  if (owner === null) {
    return new AppError(
      'locked',
      'This library is being opened by another Copydesk. Try again in a moment.',
    );
  }
  const where = owner.hostname === self?.hostname ? '' : ` on ${owner.hostname}`;
  return new AppError(
    'locked',
    `This library is already open in another Copydesk (process ${owner.pid}${where}).`,
  );
};

const fileAgeMs = (file: string): number => Date.now() - fs.statSync(file).mtimeMs;

/** Only one process at a time may judge and replace a stale lock: it holds `<lock>.takeover`. */
const withTakeoverGuard = (lockFile: string, action: () => void): void => {
  const guard = `${lockFile}.takeover`;
  try {
    writeLockFile(guard, { pid: process.pid, hostname: '', startedAt: '', bootId: null });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (fileAgeMs(guard) < settleMs) throw inUse(null);
    removeFile(guard);
    writeLockFile(guard, { pid: process.pid, hostname: '', startedAt: '', bootId: null });
  }
  try {
    action();
  } finally {
    removeFile(guard);
  }
};

/** Replaces `lockFile` with our own when its owner is gone; throws 'locked' when it is alive. */
export const takeOverStaleLock = (lockFile: string, self: LockOwner): void => {
  withTakeoverGuard(lockFile, () => {
    const state = readLockFile(lockFile);
    if (state.kind === 'owned' && ownerIsAlive(state.owner, self)) throw inUse(state.owner, self);
    if (state.kind === 'unreadable' && state.ageMs < settleMs) throw inUse(null);
    removeFile(lockFile);
    writeLockFile(lockFile, self);
  });
};
