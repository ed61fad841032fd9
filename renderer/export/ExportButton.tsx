import { useTranslation } from 'react-i18next';
import { openExportDialog } from './open-export-dialog';

/** Export… in the list header: the ticked articles, or the current list when none is ticked. */
export function ExportButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('transfer');
  return (
    <button
      type="button"
      className="button"
      disabled={disabled}
      onClick={() => openExportDialog('list')}
    >
      {t('actions.export')}
    </button>
  );
}
