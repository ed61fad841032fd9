import { existsSync } from 'node:fs';
import type { Settings } from '../../../shared/model/settings';
import { keepSettingsFileAside, quarantineInvalidSettings } from './quarantine-invalid-settings';
import type { SettingsNotice } from './settings-store';

/**
 * Quarantines an invalid settings file, then opens the store. Should the store still refuse the
 * file (its JSON Schema is stricter than zod in corner cases, such as an author name that is
 * only too long before trimming), the file is kept aside too and the store opened on defaults.
 */
export function openSettingsFile<Store>(
  file: string,
  defaults: Settings,
  open: () => Store,
): { store: Store; notices: SettingsNotice[] } {
  const notice = quarantineInvalidSettings(file, defaults);
  try {
    return { store: open(), notices: notice ? [notice] : [] };
  } catch (error) {
    if (notice || !existsSync(file)) throw error;
    const keptAside = keepSettingsFileAside(file);
    return { store: open(), notices: [keptAside] };
  }
}
