import { join } from 'node:path';
import Conf from 'conf';
import type { Settings } from '../../../shared/model/settings';
import { openSettingsFile } from './open-settings-file';
import { settingsConfOptions, settingsFileName } from './settings-conf-options';
import type { SettingsStore } from './settings-store';
import { settingsStoreFromConf } from './settings-store-from-conf';

/** Settings for browser mode, the CLI and tests (electron-store's base, same schema and defaults). */
export function createConfSettings(options: { cwd: string; locale: string }): SettingsStore {
  const { defaults, schema } = settingsConfOptions(options.locale);
  const { store, notices } = openSettingsFile(
    join(options.cwd, settingsFileName),
    defaults,
    () =>
      new Conf<Settings>({
        projectName: 'copydesk',
        cwd: options.cwd,
        configName: 'config',
        defaults,
        schema,
      }),
  );
  return settingsStoreFromConf(store, defaults, notices);
}
