import type { Settings, SettingsPatch } from '../../../shared/model/settings';

export interface SettingsNotice {
  code: 'settings_reset';
  message: string;
  /** Where the unreadable file was kept. */
  keptAs: string;
}

/** electron-store in the app, conf in browser mode and the CLI: same schema, same defaults. */
export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  readonly notices: readonly SettingsNotice[];
}
