import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const preview = datelinePreview(dateline, i18n.language);
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
          type="date"
          className="text-input"
          aria-label={t('metadata.datelineDate')}
          value={dateline.date}
          onChange={(event) => setField('dateline', { ...dateline, date: event.target.value })}
        />
      </div>
      {preview && (
        <p id={`${placeId}-preview`} className="field-hint dateline-preview">
          {t('metadata.datelinePreview', { preview })}
        </p>
      )}
    </fieldset>
  );
}
