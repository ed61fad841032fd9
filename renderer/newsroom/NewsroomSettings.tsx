import { useTranslation } from 'react-i18next';
import { NewsroomBadge } from './NewsroomBadge';
import { useNewsroomStore } from './newsroom-store';

/** In Settings: the library's newsroom link and the way out of it. */
export function NewsroomSettings() {
  const { t } = useTranslation('newsroom');
  const newsroom = useNewsroomStore((state) => state.newsroom);
  const disconnect = useNewsroomStore((state) => state.disconnect);
  if (newsroom === null || newsroom.link === null) return null;
  return (
    <div className="newsroom-settings">
      <NewsroomBadge newsroom={newsroom} />
      <button type="button" className="button" onClick={() => void disconnect()}>
        {t('state.disconnect')}
      </button>
    </div>
  );
}
