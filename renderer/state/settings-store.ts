import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { AppInfo } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Settings, SettingsPatch } from '../../shared/model/settings';
import { copydeskBridge } from '../bridge/copydesk-bridge';

export interface SettingsState {
  settings: Settings | null;
  appInfo: AppInfo | null;
  error: AppErrorShape | null;
  load: () => Promise<boolean>;
  update: (patch: SettingsPatch) => Promise<boolean>;
}

export const settingsState =
  (api: Pick<CopydeskApi, 'settings' | 'app'>): StateCreator<SettingsState> =>
  (set) => ({
    settings: null,
    appInfo: null,
    error: null,

    async load() {
      const [settings, appInfo] = await Promise.all([api.settings.get({}), api.app.info({})]);
      if (!settings.ok) {
        set({ error: settings.error });
        return false;
      }
      set({ settings: settings.value, appInfo: appInfo.ok ? appInfo.value : null, error: null });
      return true;
    },

    async update(patch) {
      const result = await api.settings.update(patch);
      if (!result.ok) {
        set({ error: result.error });
        return false;
      }
      set({ settings: result.value, error: null });
      return true;
    },
  });

export const useSettingsStore = create<SettingsState>()(settingsState(copydeskBridge()));
