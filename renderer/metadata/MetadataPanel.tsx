import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { BylinesField } from './BylinesField';
import { DatelineField } from './DatelineField';
import { DateTimeField } from './DateTimeField';
import { HeadlineVariantsFields } from './HeadlineVariantsFields';
import { LanguageField } from './LanguageField';
import { SectionField } from './SectionField';
import { SlugField } from './SlugField';
import { TagsField } from './TagsField';
import { TargetLengthField } from './TargetLengthField';
import { TextField } from '../components/TextField';
import { TypographyControls } from './TypographyControls';
import { FeaturedImageField } from '../publishing/FeaturedImageField';
import './metadata.css';

/** The article's details beside the body (the standfirst sits above the body); edits autosave through the editor session. */
export function MetadataPanel({ id, readOnly }: { id: string; readOnly: boolean }) {
  const { t } = useTranslation('editor');
  const note = useEditorSession((state) => state.article?.editorialNote ?? '');
  const setField = useEditorSession((state) => state.setField);
  const tagSuggestions = useId();
  return (
    <aside id={id} className="side-panel metadata-panel" aria-label={t('metadata.label')}>
      <fieldset className="metadata-fields" disabled={readOnly}>
        <SlugField />
        <HeadlineVariantsFields />
        <SectionField tagSuggestions={tagSuggestions} />
        <TagsField suggestions={tagSuggestions} />
        <BylinesField />
        <DatelineField />
        <LanguageField />
        <TypographyControls />
        <DateTimeField
          name="deadline"
          label={t('metadata.deadline')}
          clearLabel={t('metadata.clearDeadline')}
        />
        <DateTimeField
          name="embargo"
          label={t('metadata.embargo')}
          clearLabel={t('metadata.clearEmbargo')}
          showTimeZone
        />
        <TargetLengthField />
        <FeaturedImageField readOnly={readOnly} />
        <TextField
          label={t('metadata.editorialNote')}
          value={note}
          maxLength={20_000}
          multiline
          hint={t('metadata.editorialNoteHint')}
          className="editorial-note"
          onChange={(value) => setField('editorialNote', value)}
        />
      </fieldset>
    </aside>
  );
}
