import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { fromLocalInput, localTimeZone, toLocalInput } from './local-date-time';

interface DateTimeFieldProps {
  name: 'deadline' | 'embargo';
  label: string;
  clearLabel: string;
  showTimeZone?: boolean;
}

/** A date and time in this computer's zone, stored as ISO 8601 with its offset. */
export function DateTimeField({ name, label, clearLabel, showTimeZone }: DateTimeFieldProps) {
  const { t } = useTranslation('editor');
  const saved = useEditorSession((state) => state.article?.[name] ?? null);
  const setField = useEditorSession((state) => state.setField);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const hintId = useId();
  const invalid = draft !== null && draft !== '' && fromLocalInput(draft) === null;
  const change = (value: string) => {
    const iso = fromLocalInput(value);
    if (iso !== null) {
      setDraft(null);
      setField(name, iso);
    } else {
      setDraft(value);
    }
  };
  const leave = () => {
    if (draft === '') setField(name, null);
    if (!invalid) setDraft(null);
  };
  return (
    <div className="field date-time-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="field-inline">
        <input
          id={id}
          type="datetime-local"
          className="text-input"
          value={draft ?? toLocalInput(saved)}
          aria-invalid={invalid}
          aria-describedby={showTimeZone || invalid ? hintId : undefined}
          onChange={(event) => change(event.target.value)}
          onBlur={leave}
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
      {(showTimeZone || invalid) && (
        <p id={hintId} className={invalid ? 'field-error' : 'field-hint'}>
          {invalid ? t('metadata.dateInvalid') : t('metadata.timeZone', { zone: localTimeZone() })}
        </p>
      )}
    </div>
  );
}
