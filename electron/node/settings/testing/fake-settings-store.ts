import { defaultSettings, Settings, type SettingsPatch } from '../../../../shared/model/settings';
import type { SettingsNotice, SettingsStore } from '../settings-store';

/** An in-memory SettingsStore with the real schema, for tests. */
export const createFakeSettingsStore = (notices: SettingsNotice[] = []): SettingsStore => {
  let current = defaultSettings('en');
  return {
    get: () => structuredClone(current),
    update: (patch: SettingsPatch) => {
      current = Settings.parse({ ...current, ...patch });
      return structuredClone(current);
    },
    notices,
  };
};
