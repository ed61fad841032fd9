import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { TextField } from '../components/TextField';

/** The saved slug; an edit is sent when the field is left, and the library's version shows after saving. */
export function SlugField() {
  const { t } = useTranslation('editor');
  const saved = useEditorSession((state) => state.article?.slug ?? '');
  const setField = useEditorSession((state) => state.setField);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== saved) setField('slug', draft.slice(0, 200));
    setDraft(null);
  };
  return (
    <TextField
      label={t('metadata.slug')}
      value={draft ?? saved}
      maxLength={200}
      hint={t('metadata.slugHint')}
      className="slug-field"
      onChange={setDraft}
      onBlur={commit}
    />
  );
}
