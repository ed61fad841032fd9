import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { useLibraryInfoStore } from '../library/library-info-store';
import { TextField } from '../components/TextField';

/** Free text, suggesting the library's sections. */
export function SectionField({ tagSuggestions }: { tagSuggestions: string }) {
  const { t } = useTranslation('editor');
  const section = useEditorSession((state) => state.article?.section ?? '');
  const setField = useEditorSession((state) => state.setField);
  const facets = useLibraryInfoStore((state) => state.facets);
  const sectionsId = useId();
  return (
    <>
      <TextField
        label={t('metadata.section')}
        value={section}
        maxLength={120}
        list={sectionsId}
        onChange={(value) => setField('section', value)}
      />
      <datalist id={sectionsId}>
        {facets.sections.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id={tagSuggestions}>
        {facets.tags.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
