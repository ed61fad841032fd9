import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AppError } from '../../../../shared/errors/error-code';
import { openLibrary } from '../open-library';
import { reporter } from '../testing/open-test-library';
import { temporaryFolder } from '../testing/temporary-folder';

const lockedError = (action: () => unknown): AppError => {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the library to be refused');
};

const newLibraryFolder = (): string => {
  const folder = temporaryFolder();
  openLibrary(folder, { create: true }).close();
  return folder;
};

const writeLock = (folder: string, owner: object): void =>
  fs.writeFileSync(path.join(folder, 'library.lock'), JSON.stringify(owner));

const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
};

describe('library lock', () => {
  it('writes library.lock with our pid while open and removes it on close', () => {
    const folder = newLibraryFolder();
    const library = openLibrary(folder, { create: false });
    const lock = JSON.parse(fs.readFileSync(path.join(folder, 'library.lock'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(lock).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    library.close();
    expect(fs.existsSync(path.join(folder, 'library.lock'))).toBe(false);
  });

  it('refuses a second open of the same folder in this process, and allows it after close', () => {
    const folder = newLibraryFolder();
    const first = openLibrary(folder, { create: false });
    const error = lockedError(() => openLibrary(`${folder}/.`, { create: false }));
    expect(error.code).toBe('locked');
    first.create({ headline: 'Toujours là' }, reporter);
    first.close();
    const second = openLibrary(folder, { create: false });
    expect(second.list({}).total).toBe(1);
    second.close();
  });

  it('refuses a library held by another live process, naming it, and leaves its lock alone', () => {
    const folder = newLibraryFolder();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    onTestFinished(() => {
      holder.kill('SIGKILL');
    });
    const owner = { pid: holder.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
    writeLock(folder, owner);
    const error = lockedError(() => openLibrary(folder, { create: false }));
    expect(error.code).toBe('locked');
    expect(error.message).toBe(
      `This library is already open in another Copydesk (process ${holder.pid}).`,
    );
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'library.lock'), 'utf8'))).toEqual(owner);
  });

  it('takes over a stale lock left by a process that died', () => {
    const folder = newLibraryFolder();
    writeLock(folder, {
      pid: deadPid(),
      hostname: os.hostname(),
      startedAt: '2025-01-01T00:00:00.000Z',
    });
    const library = openLibrary(folder, { create: false });
    const lock = JSON.parse(fs.readFileSync(path.join(folder, 'library.lock'), 'utf8')) as {
      pid: number;
    };
    expect(lock.pid).toBe(process.pid);
    expect(library.create({ headline: 'Reprise' }, reporter).revision).toBe(1);
    library.close();
    expect(fs.readdirSync(folder)).not.toContain('library.lock.takeover');
  });

  it('treats a lock from another machine as held (its process cannot be checked)', () => {
    const folder = newLibraryFolder();
    writeLock(folder, {
      pid: deadPid(),
      hostname: 'poste-redaction-7',
      startedAt: '2025-01-01T00:00:00.000Z',
    });
    const error = lockedError(() => openLibrary(folder, { create: false }));
    expect(error.code).toBe('locked');
    expect(error.message).toContain('poste-redaction-7');
  });
});
