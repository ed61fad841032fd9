import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function VersionNameForm({
  onSave,
  onCancel,
}: {
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('editor');
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSave(name.trim());
  };
  return (
    <form className="version-name-form" onSubmit={submit}>
      <input
        type="text"
        className="text-input"
        aria-label={t('revisions.nameLabel')}
        placeholder={t('revisions.nameLabel')}
        value={name}
        maxLength={200}
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      />
      <button type="submit" className="button button-primary" disabled={!name.trim()}>
        {t('revisions.save')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('revisions.cancel')}
      </button>
    </form>
  );
}
