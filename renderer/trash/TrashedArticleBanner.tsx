import { useTranslation } from 'react-i18next';

export interface TrashedArticleBannerProps {
  restoring: boolean;
  onRestore: () => void;
}

/** Says the open article is in the trash, so it is read-only, and offers to restore it. */
export function TrashedArticleBanner({ restoring, onRestore }: TrashedArticleBannerProps) {
  const { t } = useTranslation('editor');
  return (
    <div role="region" aria-label={t('trashed.label')} className="article-banner">
      <p>{t('trashed.text')}</p>
      <button type="button" className="button" disabled={restoring} onClick={onRestore}>
        {t('trashed.restore')}
      </button>
    </div>
  );
}
