import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageTag } from '../../shared/model/article';
import { useEditorSession } from '../state/editor-session';
import { isListedLanguage, languageChoices } from './language-choices';

const other = 'other';

/** The article's language (BCP 47): a list of the usual ones, or a tag typed and checked. */
export function LanguageField() {
  const { t } = useTranslation('editor');
  const language = useEditorSession((state) => state.article?.language ?? 'fr');
  const setField = useEditorSession((state) => state.setField);
  const [typing, setTyping] = useState<string | null>(isListedLanguage(language) ? null : language);
  const selectId = useId();
  const otherId = useId();
  const errorId = useId();
  const invalid = typing !== null && !LanguageTag.safeParse(typing.trim()).success;

  const choose = (value: string) => {
    if (value === other) {
      setTyping(isListedLanguage(language) ? '' : language);
      return;
    }
    setTyping(null);
    setField('language', value);
  };
  const type = (value: string) => {
    setTyping(value);
    if (LanguageTag.safeParse(value.trim()).success) setField('language', value.trim());
  };

  return (
    <div className="field language-field">
      <label htmlFor={selectId} className="field-label">
        {t('metadata.language')}
      </label>
      <select
        id={selectId}
        className="select"
        value={typing === null ? language : other}
        onChange={(event) => choose(event.target.value)}
      >
        {languageChoices.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {t(`metadata.languages.${tag}`)} ({tag})
          </option>
        ))}
        <option value={other}>{t('metadata.languages.other')}</option>
      </select>
      {typing !== null && (
        <>
          <label htmlFor={otherId} className="visually-hidden">
            {t('metadata.languageOther')}
          </label>
          <input
            id={otherId}
            type="text"
            className="text-input"
            value={typing}
            maxLength={35}
            placeholder="fr-SN"
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => type(event.target.value)}
          />
          {invalid && (
            <p id={errorId} className="field-error">
              {t('metadata.languageInvalid')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
