import type { Actor } from '../../../shared/model/actor';
import type { SettingsStore } from '../../node/settings/settings-store';

/** The profile in settings signs every write; its role decides which status changes it may make. */
export const actorFromSettings = (settings: SettingsStore): Actor => {
  const { authorName, role } = settings.get();
  return { name: authorName || 'Unknown author', role };
};
