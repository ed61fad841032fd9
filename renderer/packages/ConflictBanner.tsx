import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../shared/errors/error-code';

export interface ConflictBannerProps {
  /** Who sent the package that diverged from this library's version. */
  from: string;
  /** The package was merged (not kept beside): the banner asks for a review instead. */
  merged?: boolean;
  resolving: boolean;
  error: AppErrorShape | null;
  onCompare: () => void;
  onResolve: () => void;
}

/**
 * Tells the writer a received package and their own edits diverged (both versions kept), or were
 * merged and want reading, and offers to compare and to clear the marker.
 */
export function ConflictBanner({
  from,
  merged = false,
  resolving,
  error,
  onCompare,
  onResolve,
}: ConflictBannerProps) {
  const { t } = useTranslation('packages');
  const sender = from.trim() || t('conflict.unknownSender');
  const kind = merged ? 'merged' : 'conflict';
  return (
    <div role="alert" className="article-banner package-conflict">
      <p>{t(`${kind}.text`, { from: sender })}</p>
      {error && (
        <p className="editor-failure">
          {t(`${kind}.failed`, { reason: t(`common:errors.${error.code}`) })}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onCompare}>
          {t(`${kind}.compare`, { from: sender })}
        </button>
        <button type="button" className="button" disabled={resolving} onClick={onResolve}>
          {merged ? t('merged.reviewed') : t('conflict.resolve')}
        </button>
      </div>
    </div>
  );
}
