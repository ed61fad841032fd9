import { useTranslation } from 'react-i18next';
import { isFrench } from '../../shared/text/reading-time';
import { useEditorSession } from '../state/editor-session';
import { useBodyEditor } from '../state/body-editor';
import { runFixTypography, useTypographyReport } from '../typography/fix-typography-action';

/** The article's French typography switch and "Fix typography", with how many corrections it made. */
export function TypographyControls() {
  const { t } = useTranslation('editor');
  const on = useEditorSession((state) => state.article?.typography ?? true);
  const french = useEditorSession((state) => isFrench(state.article?.language ?? ''));
  const setField = useEditorSession((state) => state.setField);
  const editor = useBodyEditor((state) => state.editor);
  const corrections = useTypographyReport((state) => state.corrections);
  return (
    <div className="field typography-controls">
      <label className="switch-field">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          onChange={(event) => setField('typography', event.target.checked)}
        />
        <span>{t('metadata.typography')}</span>
      </label>
      <p className="field-hint">
        {french ? t('metadata.typographyHint') : t('metadata.typographyNotFrench')}
      </p>
      <div className="typography-fix-row">
        <button
          type="button"
          className="button button-small"
          disabled={!editor || !french}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor && runFixTypography(editor)}
        >
          {t('typography.fix')}
        </button>
        <span role="status" className="field-hint">
          {corrections !== null && t('typography.corrections', { count: corrections })}
        </span>
      </div>
    </div>
  );
}
