import type { AppInfo } from '../../shared/ipc/contract';
import { useSettingsStore } from './settings-store';

export type Host = AppInfo['host'];

/** Which host serves us (Electron or browser mode), learned with the settings at start; undefined until then. */
export const knownHost = (): Host | undefined => useSettingsStore.getState().appInfo?.host;

/** `knownHost` for components, re-rendered once the host is known. */
export const useHost = (): Host | undefined => useSettingsStore((state) => state.appInfo?.host);
