import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageTag } from '../../shared/model/article';
import { LabelledSelect } from '../components/LabelledSelect';
import { TextField } from '../components/TextField';
import { useEditorSession } from '../state/editor-session';
import { isListedLanguage, languageChoices } from './language-choices';

const other = 'other';

/** The article's language (BCP 47): a list of the usual ones, or a tag typed and checked. */
export function LanguageField() {
  const { t } = useTranslation('editor');
  const language = useEditorSession((state) => state.article?.language ?? 'fr');
  const setField = useEditorSession((state) => state.setField);
  const [typing, setTyping] = useState<string | null>(isListedLanguage(language) ? null : language);
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
    <LabelledSelect
      label={t('metadata.language')}
      className="language-field"
      value={typing === null ? language : other}
      options={[
        ...languageChoices.map((tag) => ({
          value: tag,
          label: `${t(`metadata.languages.${tag}`)} (${tag})`,
          lang: tag,
        })),
        { value: other, label: t('metadata.languages.other') },
      ]}
      onChange={choose}
    >
      {typing !== null && (
        <TextField
          label={t('metadata.languageOther')}
          hideLabel
          value={typing}
          maxLength={35}
          placeholder="fr-SN"
          error={invalid ? t('metadata.languageInvalid') : undefined}
          onChange={type}
        />
      )}
    </LabelledSelect>
  );
}
