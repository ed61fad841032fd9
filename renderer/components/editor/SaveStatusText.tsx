import { useTranslation } from 'react-i18next';
import { missingCaseError } from '../../../shared/errors/missing-case';
import type { SaveStatus } from '../../state/editor-saver';

export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { t } = useTranslation('editor');
  const text = (): string => {
    switch (status.kind) {
      case 'saved':
        return t('save.saved');
      case 'saving':
        return t('save.saving');
      case 'retrying': {
        const reason = t(`errors.${status.error.code}`);
        if (!status.kept) return t('save.retrying', { reason });
        return status.error.code === 'unavailable'
          ? t('save.keptOffline')
          : t('save.keptRetrying', { reason });
      }
      case 'conflict':
        return t('save.conflict');
      default:
        throw missingCaseError(status);
    }
  };
  return (
    <p
      role="status"
      aria-live="polite"
      aria-label={t('save.label')}
      className={`save-status is-${status.kind}`}
    >
      {text()}
    </p>
  );
}
