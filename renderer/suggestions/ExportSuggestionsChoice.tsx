import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSuggestions } from '../../shared/model/export-job';
import { useBodyEditor } from '../state/body-editor';
import { usePendingSuggestions } from './use-pending-suggestions';
import './suggestions.css';

const modes: readonly ExportSuggestions[] = ['original', 'final'];

/**
 * In the export dialog, only when the open article has pending suggestions: a warning, and the
 * choice between its original text (the default) and its final text.
 */
export function ExportSuggestionsChoice(props: {
  value: ExportSuggestions;
  onChange: (value: ExportSuggestions) => void;
}) {
  const { t } = useTranslation('suggestions');
  const name = useId();
  const editor = useBodyEditor((state) => state.editor);
  const pending = usePendingSuggestions(editor).length;
  if (pending === 0) return null;
  return (
    <fieldset className="export-fieldset export-suggestions">
      <legend className="field-label">{t('export.choice')}</legend>
      <p role="alert" className="export-suggestions-warning">
        {t('export.warning', { count: pending })}
      </p>
      {modes.map((mode) => (
        <label key={mode} className="export-radio">
          <input
            type="radio"
            name={name}
            value={mode}
            checked={props.value === mode}
            onChange={() => props.onChange(mode)}
          />
          {t(`export.${mode}`)}
        </label>
      ))}
    </fieldset>
  );
}
