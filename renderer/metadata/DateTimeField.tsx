import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFieldFormat } from '../../shared/text/date-field-format';
import { useEditorSession } from '../state/editor-session';
import { fromLocalInput, localTimeZone, toLocalInput } from './local-date-time';

interface DateTimeFieldProps {
  name: 'deadline' | 'embargo';
  label: string;
  clearLabel: string;
  showTimeZone?: boolean;
}

/**
 * A date and time in this computer's zone, stored as ISO 8601 with its offset. A text field in
 * the interface language's format: Chromium's date inputs follow the browser's locale instead.
 */
export function DateTimeField({ name, label, clearLabel, showTimeZone }: DateTimeFieldProps) {
  const { t, i18n } = useTranslation('editor');
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const saved = useEditorSession((state) => state.article?.[name] ?? null);
  const setField = useEditorSession((state) => state.setField);
  const [draft, setDraft] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const id = useId();
  const hintId = useId();
  const parse = (text: string) => {
    const local = dateFieldFormat.parseDateTime(text, language);
    return local === null ? null : fromLocalInput(local);
  };
  const invalid = !editing && draft !== null && draft.trim() !== '' && parse(draft) === null;
  const change = (text: string) => {
    setDraft(text);
    const iso = parse(text);
    if (iso !== null) setField(name, iso);
  };
  const leave = () => {
    setEditing(false);
    if (draft === null) return;
    if (draft.trim() === '') {
      setField(name, null);
      setDraft(null);
    } else if (parse(draft) !== null) {
      setDraft(null);
    }
  };
  const format = t('metadata.dateTimeFormat');
  return (
    <div className="field date-time-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="field-inline">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          lang={language}
          className="text-input"
          placeholder={format}
          value={draft ?? dateFieldFormat.formatDateTime(toLocalInput(saved), language)}
          aria-invalid={invalid}
          aria-describedby={hintId}
          onChange={(event) => change(event.target.value)}
          onFocus={() => setEditing(true)}
          onBlur={leave}
          onKeyDown={(event) => event.key === 'Enter' && leave()}
        />
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={clearLabel}
          title={clearLabel}
          disabled={saved === null && !draft}
          onClick={() => {
            setDraft(null);
            setField(name, null);
          }}
        >
          ×
        </button>
      </div>
      <p id={hintId} className={invalid ? 'field-error' : 'field-hint'}>
        {invalid
          ? t('metadata.dateInvalid', { format })
          : [
              t('metadata.timeFormatHint', { format }),
              ...(showTimeZone ? [t('metadata.timeZone', { zone: localTimeZone() })] : []),
            ].join(' · ')}
      </p>
    </div>
  );
}
