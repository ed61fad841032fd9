import { useTranslation } from 'react-i18next';
import type { NewsroomState } from '../../shared/newsroom/newsroom-state';

/**
 * An article's sync state where it is not synced: "N changes waiting", or "Offline" when the
 * newsroom is unreachable; nothing in a library that is not a replica.
 */
export function SyncStateTag({
  newsroom,
  articleId,
}: {
  newsroom: NewsroomState | null;
  articleId: string;
}) {
  const { t } = useTranslation('newsroom');
  if (newsroom === null || newsroom.link === null || newsroom.connection === 'none') return null;
  const waiting = newsroom.waiting[articleId] ?? 0;
  const offline = newsroom.connection !== 'connected';
  if (waiting === 0 && !offline) return null;
  const text = [
    waiting > 0 ? t('sync.waiting', { count: waiting }) : '',
    offline ? t('sync.offline') : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  return <span className="sync-state-tag">{text}</span>;
}
