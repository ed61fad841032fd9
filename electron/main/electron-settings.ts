import { join } from 'node:path';
import ElectronStore from 'electron-store';
import type { Settings } from '../../shared/model/settings';
import { openSettingsFile } from '../node/settings/open-settings-file';
import { settingsConfOptions, settingsFileName } from '../node/settings/settings-conf-options';
import type { SettingsStore } from '../node/settings/settings-store';
import { settingsStoreFromConf } from '../node/settings/settings-store-from-conf';

/** The app's settings: electron-store in the user data folder, same schema and defaults as conf. */
export function createElectronSettings(options: {
  userData: string;
  locale: string;
}): SettingsStore {
  const { defaults, schema } = settingsConfOptions(options.locale);
  const { store, notices } = openSettingsFile(
    join(options.userData, settingsFileName),
    defaults,
    () => new ElectronStore<Settings>({ cwd: options.userData, name: 'config', defaults, schema }),
  );
  return settingsStoreFromConf(store, defaults, notices);
}
