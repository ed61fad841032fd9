import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TargetLength } from '../../shared/model/article';
import { useEditorSession } from '../state/editor-session';

type Unit = TargetLength['unit'];

/** Target length from the assignment, in words or signes; empty means none. */
export function TargetLengthField() {
  const { t } = useTranslation('editor');
  const target = useEditorSession((state) => state.article?.targetLength ?? null);
  const setField = useEditorSession((state) => state.setField);
  const [draft, setDraft] = useState<string | null>(null);
  const [unit, setUnit] = useState<Unit>(target?.unit ?? 'signes');
  const id = useId();
  const errorId = useId();
  const text = draft ?? (target ? String(target.value) : '');
  const parsed = TargetLength.safeParse({ value: Number(text), unit });
  const invalid = text.trim() !== '' && !parsed.success;

  const commit = (value: string, nextUnit: Unit) => {
    setDraft(value);
    if (value.trim() === '') {
      setField('targetLength', null);
      return;
    }
    const next = TargetLength.safeParse({ value: Number(value), unit: nextUnit });
    if (next.success) setField('targetLength', next.data);
  };

  return (
    <div className="field target-length-field">
      <label htmlFor={id} className="field-label">
        {t('metadata.targetLength')}
      </label>
      <div className="field-inline">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          className="text-input"
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => commit(event.target.value, unit)}
          onBlur={() => !invalid && setDraft(null)}
        />
        <select
          className="select"
          aria-label={t('metadata.targetUnit')}
          value={target?.unit ?? unit}
          onChange={(event) => {
            const next = event.target.value === 'words' ? 'words' : 'signes';
            setUnit(next);
            commit(text, next);
          }}
        >
          <option value="words">{t('metadata.units.words')}</option>
          <option value="signes">{t('metadata.units.signes')}</option>
        </select>
      </div>
      {invalid && (
        <p id={errorId} className="field-error">
          {t('metadata.targetInvalid')}
        </p>
      )}
    </div>
  );
}
