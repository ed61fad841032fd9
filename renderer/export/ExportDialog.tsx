import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { formatLongDate } from '../components/format-date';
import { useExportStore } from './export-store';
import { ExportSuggestionsChoice } from '../suggestions/ExportSuggestionsChoice';
import { ExportChoices } from './ExportChoices';
import { ExportProgressView } from './ExportProgressView';
import { ExistingFilesQuestion } from './ExistingFilesQuestion';
import { ExportDialogActions } from './ExportDialogActions';
import { useHost } from '../state/host';
import { useSavePlace } from '../state/save-place';
import './transfer.css';

/** Export: choose the articles, the format and its options, then follow the job. */
export function ExportDialog() {
  const { t, i18n } = useTranslation('transfer');
  const state = useExportStore();
  const host = useHost();
  const savePlace = useSavePlace();
  const { sources, phase, embargo, existing, error } = state;
  if (!sources) return null;
  const choosing = phase === 'choosing';
  const scopeSize = {
    checked: sources.checked.length,
    list: sources.listTotal,
    article: sources.article ? 1 : 0,
  }[sources.scope];

  const embargoText = () =>
    embargo && embargo.count > 0 && embargo.until
      ? t('export.embargo', {
          count: embargo.count,
          until: formatLongDate(embargo.until, i18n.language),
        })
      : t('export.embargoUnknown');

  return (
    <Dialog title={t('export.title')} className="export-dialog" onCancel={state.close}>
      {choosing ? (
        <>
          <ExportChoices
            sources={sources}
            options={state.options}
            onScope={state.setScope}
            onOptions={state.setOptions}
          />
          <ExportSuggestionsChoice
            value={state.options.suggestions}
            onChange={(suggestions) => state.setOptions({ suggestions })}
          />
          {savePlace.folder !== null && (
            <p className="field-hint">{t('export.savesInto', { folder: savePlace.folder })}</p>
          )}
          {!savePlace.canSave && (
            <p className="dialog-text" role="alert">
              {t('export.nowhereToSave')}
            </p>
          )}
        </>
      ) : phase === 'confirmExisting' ? (
        existing && <ExistingFilesQuestion question={existing} />
      ) : (
        <ExportProgressView
          phase={phase}
          done={state.done}
          total={state.total}
          paths={state.paths}
          failures={state.failures}
          folderPath={state.folderPath}
          onShowFolder={host === 'electron' ? () => void state.showFolder() : null}
        />
      )}
      {phase === 'confirmEmbargo' && (
        <p className="dialog-text" role="alert">
          {embargoText()}
        </p>
      )}
      {phase === 'failed' && error && (
        <p className="dialog-text export-error" role="alert">
          {t('export.failed', {
            reason: error.code === 'invalid' ? error.message : t(`common:errors.${error.code}`),
          })}
        </p>
      )}
      <ExportDialogActions
        phase={phase}
        canStart={scopeSize > 0 && savePlace.canSave}
        state={state}
      />
    </Dialog>
  );
}
