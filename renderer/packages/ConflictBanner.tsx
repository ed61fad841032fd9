import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../shared/errors/error-code';

export interface ConflictBannerProps {
  /** Who sent the package that diverged from this library's version. */
  from: string;
  resolving: boolean;
  error: AppErrorShape | null;
  onCompare: () => void;
  onResolve: () => void;
}

/** Tells the writer a received package and their own edits diverged, and offers the way out. */
export function ConflictBanner({
  from,
  resolving,
  error,
  onCompare,
  onResolve,
}: ConflictBannerProps) {
  const { t } = useTranslation('packages');
  return (
    <div role="alert" className="article-banner package-conflict">
      <p>{t('conflict.text', { from: from.trim() || t('conflict.unknownSender') })}</p>
      {error && (
        <p className="editor-failure">
          {t('conflict.failed', { reason: t(`common:errors.${error.code}`) })}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onCompare}>
          {t('conflict.compare')}
        </button>
        <button type="button" className="button" disabled={resolving} onClick={onResolve}>
          {t('conflict.resolve')}
        </button>
      </div>
    </div>
  );
}
