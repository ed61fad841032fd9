import type { Settings } from '../../shared/model/settings';
import type { SettingsStore } from '../node/settings/settings-store';

/** The same store, telling `onChange` after each successful update (the menu follows the UI language). */
export function observeSettings(
  store: SettingsStore,
  onChange: (next: Settings, previous: Settings) => void,
): SettingsStore {
  return {
    get: () => store.get(),
    update(patch) {
      const previous = store.get();
      const next = store.update(patch);
      onChange(next, previous);
      return next;
    },
    get notices() {
      return store.notices;
    },
  };
}
