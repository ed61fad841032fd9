import type { Actor } from '../library/library';
import type { SettingsStore } from '../settings/settings-store';

export const actorFromSettings = (settings: SettingsStore): Actor => ({
  name: settings.get().authorName || 'Unknown author',
});
