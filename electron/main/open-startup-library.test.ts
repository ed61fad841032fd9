import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors/error-code';
import { defaultSettings, type Settings } from '../../shared/model/settings';
import type { LibrarySession } from '../node/library/library-session';
import type { SettingsStore } from '../node/settings/settings-store';
import { openStartupLibrary } from './open-startup-library';

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-startup-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const settingsWith = (lastLibrary: string | null): SettingsStore => {
  const current: Settings = { ...defaultSettings('fr'), lastLibrary };
  return { get: () => current, update: () => current, notices: [] };
};
const sessionFailingWith = (failures: Record<string, Error>) => {
  const open = vi.fn((folder: string) => {
    const failure = failures[folder];
    if (failure) throw failure;
  });
  return { session: { open } as unknown as LibrarySession, open };
};

describe('openStartupLibrary', () => {
  it('creates and opens the default library on first start', () => {
    const folder = join(base, 'Copydesk Library');
    const { session, open } = sessionFailingWith({});
    expect(openStartupLibrary(session, settingsWith(null), folder)).toEqual([]);
    expect(open).toHaveBeenCalledWith(folder, { create: true });
  });

  it('reopens the last library without creating anything', () => {
    const { session, open } = sessionFailingWith({});
    expect(
      openStartupLibrary(session, settingsWith('/desk/politique'), join(base, 'default')),
    ).toEqual([]);
    expect(open.mock.calls).toEqual([['/desk/politique', { create: false }]]);
  });

  it('falls back to the default library when the last one is gone, and says so', () => {
    const { session, open } = sessionFailingWith({
      '/gone': new AppError('not_found', 'No library there'),
    });
    const notices = openStartupLibrary(session, settingsWith('/gone'), join(base, 'default'));
    expect(notices).toEqual([
      { code: 'library_not_found', message: expect.stringContaining('/gone') as string },
    ]);
    expect(open).toHaveBeenLastCalledWith(join(base, 'default'), { create: true });
  });

  it('opens no other library when the last one is locked or from a newer version', () => {
    for (const code of ['locked', 'future_version'] as const) {
      const { session, open } = sessionFailingWith({ '/busy': new AppError(code, 'Explained') });
      const notices = openStartupLibrary(session, settingsWith('/busy'), join(base, 'default'));
      expect(notices).toEqual([
        { code: `library_${code}`, message: expect.stringContaining('Explained') as string },
      ]);
      expect(open).toHaveBeenCalledOnce();
    }
  });
});
