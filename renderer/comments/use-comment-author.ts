import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../state/settings-store';

/** The profile's name, or "Anonymous" in the interface language when it has none. */
export function useCommentAuthor(): string {
  const { t } = useTranslation('comments');
  const name = useSettingsStore((state) => state.settings?.authorName.trim() ?? '');
  return name === '' ? t('anonymous') : name;
}
