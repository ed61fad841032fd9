import { useHost } from './host';
import { useSettingsStore } from './settings-store';

export interface SavePlace {
  /** False in browser mode started without `--export-dir`: it has nowhere to save files. */
  canSave: boolean;
  /** Browser mode's one folder for exports, packages and backups; null in Electron (it asks). */
  folder: string | null;
}

/** Where files the user saves go: Electron asks each time, browser mode has one folder or none. */
export const useSavePlace = (): SavePlace => {
  const host = useHost();
  const folder = useSettingsStore((state) => state.appInfo?.saveFolder ?? null);
  return { canSave: host !== 'web' || folder !== null, folder: host === 'web' ? folder : null };
};
