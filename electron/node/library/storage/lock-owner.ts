import fs from 'node:fs';
import os from 'node:os';

/** The content of `library.lock`: who holds the library. */
export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  bootId: string | null;
}

const readBootId = (): string | null => {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null;
  }
};

export const currentLockOwner = (): LockOwner => ({
  pid: process.pid,
  hostname: os.hostname(),
  startedAt: new Date().toISOString(),
  bootId: readBootId(),
});

export const parseLockOwner = (text: string): LockOwner | null => {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string') return null;
    return {
      pid: value.pid,
      hostname: value.hostname,
      startedAt: typeof value.startedAt === 'string' ? value.startedAt : '',
      bootId: typeof value.bootId === 'string' ? value.bootId : null,
    };
  } catch {
    return null;
  }
};

const processIsAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Whether the owner may still be using the library. A lock from another machine is always
 * treated as live (its process cannot be checked from here); one from before a reboot, or from
 * this very process, is stale.
 */
export const ownerIsAlive = (owner: LockOwner, self: LockOwner): boolean => {
  if (owner.hostname !== self.hostname) return true;
  if (owner.bootId !== null && self.bootId !== null && owner.bootId !== self.bootId) return false;
  if (owner.pid === self.pid) return false;
  return processIsAlive(owner.pid);
};
