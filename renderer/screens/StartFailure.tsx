import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../shared/errors/error-code';

/** What the writer can do, where the error's own text does not already say it. */
const hintKeys: Partial<Record<AppErrorShape['code'], string>> = {
  unavailable: 'app.unavailableHint',
};

export function StartFailure({
  error,
  onRetry,
}: {
  error: AppErrorShape | null;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const hint = error ? hintKeys[error.code] : undefined;
  return (
    <main className="start-screen">
      <h1>{t('app.startFailed')}</h1>
      {error && <p role="alert">{t(`errors.${error.code}`)}</p>}
      {hint && <p>{t(hint)}</p>}
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
