import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFieldFormat } from '../../shared/text/date-field-format';
import { useEditorSession } from '../state/editor-session';
import { datelinePreview } from './dateline-preview';

const noDateline = { place: '', date: '' };

/** Place and date, with the agency-style preview in the interface language. */
export function DatelineField() {
  const { t, i18n } = useTranslation('editor');
  const dateline = useEditorSession((state) => state.article?.dateline ?? noDateline);
  const setField = useEditorSession((state) => state.setField);
  const placeId = useId();
  const dateId = useId();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [draft, setDraft] = useState<string | null>(null);
  const preview = datelinePreview(dateline, i18n.language);
  const invalid = draft !== null && dateFieldFormat.parseDate(draft, language) === null;
  const changeDate = (text: string) => {
    setDraft(text);
    const date = text.trim() === '' ? '' : dateFieldFormat.parseDate(text, language);
    if (date !== null) setField('dateline', { ...dateline, date });
  };
  const leaveDate = () => {
    if (draft !== null && (draft.trim() === '' || !invalid)) setDraft(null);
  };
  const format = t('metadata.dateFormat');
  return (
    <fieldset
      className="field dateline-field"
      aria-describedby={preview ? `${placeId}-preview` : undefined}
    >
      <legend className="field-label">{t('metadata.dateline')}</legend>
      <div className="field-pair">
        <input
          id={placeId}
          type="text"
          className="text-input"
          aria-label={t('metadata.datelinePlace')}
          placeholder={t('metadata.datelinePlace')}
          value={dateline.place}
          maxLength={120}
          onChange={(event) => setField('dateline', { ...dateline, place: event.target.value })}
        />
        <input
          id={dateId}
          type="text"
          inputMode="numeric"
          lang={language}
          className="text-input dateline-date"
          aria-label={t('metadata.datelineDate')}
          aria-describedby={`${dateId}-format`}
          aria-invalid={invalid && draft.trim() !== ''}
          placeholder={format}
          value={draft ?? dateFieldFormat.formatDate(dateline.date, language)}
          onChange={(event) => changeDate(event.target.value)}
          onBlur={leaveDate}
        />
      </div>
      <p id={`${dateId}-format`} className="field-hint">
        {t('metadata.formatHint', { format })}
      </p>
      {preview && (
        <p id={`${placeId}-preview`} className="field-hint dateline-preview">
          {t('metadata.datelinePreview', { preview })}
        </p>
      )}
    </fieldset>
  );
}
