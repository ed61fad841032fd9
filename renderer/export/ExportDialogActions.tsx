import { useTranslation } from 'react-i18next';
import type { ExportPhase, ExportState } from './export-store';

export interface ExportDialogActionsProps {
  phase: ExportPhase;
  /** Articles to export, and somewhere to save them. */
  canStart: boolean;
  state: Pick<ExportState, 'start' | 'cancel' | 'close' | 'confirmEmbargo' | 'settleExisting'>;
}

/** The export dialog's buttons for each phase: start, cancel, the answers to its questions. */
export function ExportDialogActions({ phase, canStart, state }: ExportDialogActionsProps) {
  const { t } = useTranslation('transfer');
  const choosing = phase === 'choosing';
  const working = phase === 'starting' || phase === 'running';
  return (
    <div className="dialog-actions">
      {working ? (
        <button type="button" className="button" onClick={() => void state.cancel()}>
          {t('export.cancel')}
        </button>
      ) : phase === 'confirmExisting' ? (
        <button type="button" className="button" onClick={() => void state.settleExisting(null)}>
          {t('export.cancel')}
        </button>
      ) : (
        <button type="button" className="button" onClick={state.close}>
          {t(choosing || phase === 'confirmEmbargo' ? 'export.cancel' : 'export.close')}
        </button>
      )}
      {choosing && (
        <button
          type="button"
          className="button button-primary"
          disabled={!canStart}
          onClick={() => void state.start()}
        >
          {t('export.start')}
        </button>
      )}
      {phase === 'confirmExisting' && (
        <>
          <button
            type="button"
            className="button"
            onClick={() => void state.settleExisting('keep-both')}
          >
            {t('export.keepBoth')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void state.settleExisting('replace')}
          >
            {t('export.replace')}
          </button>
        </>
      )}
      {phase === 'confirmEmbargo' && (
        <button
          type="button"
          className="button button-danger"
          onClick={() => void state.confirmEmbargo()}
        >
          {t('export.exportAnyway')}
        </button>
      )}
    </div>
  );
}
