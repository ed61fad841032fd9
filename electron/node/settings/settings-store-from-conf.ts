import { z } from 'zod';
import { AppError } from '../../../shared/errors/error-code';
import { Settings, type SettingsPatch } from '../../../shared/model/settings';
import type { SettingsNotice, SettingsStore } from './settings-store';

/** What conf and electron-store (a conf subclass) both offer. */
export interface SettingsFile {
  readonly store: Partial<Settings>;
  set(values: Partial<Settings>): void;
}

export function settingsStoreFromConf(
  file: SettingsFile,
  defaults: Settings,
  notices: readonly SettingsNotice[],
): SettingsStore {
  let lastKnown: Settings = defaults;
  const read = (): Settings => {
    try {
      const parsed = Settings.safeParse({ ...defaults, ...file.store });
      if (parsed.success) lastKnown = parsed.data;
    } catch {
      // The file changed under us and no longer reads; keep serving what we last knew.
    }
    return lastKnown;
  };
  read();
  return {
    get: read,
    update(patch: SettingsPatch): Settings {
      const changes = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      );
      const next = Settings.safeParse({ ...read(), ...changes });
      if (!next.success)
        throw new AppError('invalid', `Invalid settings: ${z.prettifyError(next.error)}`);
      try {
        file.set(next.data);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'disk_full' : 'io';
        throw new AppError(code, `Could not save settings: ${(error as Error).message}`);
      }
      lastKnown = next.data;
      return next.data;
    },
    notices,
  };
}
