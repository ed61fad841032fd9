import type { UiLanguage } from '../../shared/model/settings';
import { defaultUiLanguage } from '../../shared/model/settings';

const storageKey = 'copydesk.uiLanguage';

/**
 * The interface language last chosen in this browser profile (or Electron window). The screens
 * shown before the settings load (start-up, refused, server gone) use it, not the system's.
 */
export function startLanguage(storage: Storage | undefined, systemLocale: string): UiLanguage {
  let remembered: string | null = null;
  try {
    remembered = storage?.getItem(storageKey) ?? null;
  } catch {
    // Storage refused (private mode, policy): the system language will do.
  }
  return defaultUiLanguage(remembered ?? systemLocale);
}

export function rememberLanguage(storage: Storage | undefined, language: UiLanguage): void {
  try {
    storage?.setItem(storageKey, language);
  } catch {
    // Not remembered: the next start-up screen follows the system language.
  }
}
