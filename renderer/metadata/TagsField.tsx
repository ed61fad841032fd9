import type { KeyboardEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { addTags, removeTag } from './tag-list';

const noTags: string[] = [];

/** Tags as chips: Enter or a comma adds what was typed, Backspace in an empty box removes the last. */
export function TagsField({ suggestions }: { suggestions: string }) {
  const { t } = useTranslation('editor');
  const tags = useEditorSession((state) => state.article?.tags ?? noTags);
  const setField = useEditorSession((state) => state.setField);
  const [typed, setTyped] = useState('');
  const id = useId();
  const hintId = useId();
  const commit = (text: string) => {
    const next = addTags(tags, text);
    if (next.length !== tags.length) setField('tags', next);
    setTyped('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit(typed);
    } else if (event.key === 'Backspace' && typed === '' && tags.length > 0) {
      setField('tags', removeTag(tags, tags.length - 1));
    }
  };
  return (
    <div className="field tags-field">
      <label htmlFor={id} className="field-label">
        {t('metadata.tags')}
      </label>
      <div className="tag-chips">
        <ul className="tag-chip-list">
          {tags.map((tag, index) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={t('metadata.removeTag', { tag })}
                onClick={() => setField('tags', removeTag(tags, index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          type="text"
          className="tag-input"
          value={typed}
          list={suggestions}
          aria-describedby={hintId}
          onChange={(event) => {
            const value = event.target.value;
            if (value.includes(',')) commit(value);
            else setTyped(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => typed.trim() !== '' && commit(typed)}
        />
      </div>
      <p id={hintId} className="field-hint">
        {t('metadata.tagsHint')}
      </p>
    </div>
  );
}
