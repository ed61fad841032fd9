import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatNumber } from '../components/format-number';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';

export function TrashBar() {
  const { t, i18n } = useTranslation('library');
  const total = useLibraryStore((state) => state.total);
  const emptyTrash = useLibraryStore((state) => state.emptyTrash);
  const readOnly = useLibraryInfoStore((state) => state.info?.readOnly ?? true);
  const [confirming, setConfirming] = useState(false);

  const confirm = () => {
    setConfirming(false);
    void emptyTrash();
  };

  return (
    <div className="trash-bar">
      <h2 className="trash-title">{t('trash.title')}</h2>
      <button
        type="button"
        className="button button-danger"
        disabled={readOnly || total === 0}
        onClick={() => setConfirming(true)}
      >
        {t('trash.empty')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          text={t('trash.confirmText', {
            count: total,
            formatted: formatNumber(total, i18n.language),
          })}
          confirmLabel={t('trash.confirm')}
          cancelLabel={t('common:actions.cancel')}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
