import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../shared/errors/error-code';

export function StartFailure({
  error,
  onRetry,
}: {
  error: AppErrorShape | null;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <main className="start-screen">
      <h1>{t('app.startFailed')}</h1>
      {error && <p role="alert">{t(`errors.${error.code}`)}</p>}
      {error && (
        <details className="message-detail">
          <summary>{t('banner.more')}</summary>
          <p lang="en">{error.message}</p>
        </details>
      )}
      <button type="button" className="button button-primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </main>
  );
}
