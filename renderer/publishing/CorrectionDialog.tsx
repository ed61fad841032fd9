import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

export interface CorrectionDialogProps {
  headline: string;
  /** Why the last attempt was refused, if it was. */
  error: string | null;
  onPublish: (text: string) => void;
  onCancel: () => void;
}

/** "Publish a correction": the note the editor writes, added dated at the end of the post. */
export function CorrectionDialog({ headline, error, onPublish, onCancel }: CorrectionDialogProps) {
  const { t } = useTranslation('publishing');
  const [text, setText] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '') onPublish(text.trim());
  };
  return (
    <Dialog title={t('correction.title')} onCancel={onCancel}>
      <form onSubmit={submit}>
        <p className="dialog-text">{headline}</p>
        <div className="field">
          <label htmlFor={fieldId} className="field-label">
            {t('correction.text')}
          </label>
          <textarea
            id={fieldId}
            className="text-input"
            rows={4}
            value={text}
            maxLength={5000}
            aria-describedby={hintId}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={hintId} className="field-hint">
            {t('correction.hint')}
          </p>
        </div>
        {error !== null && (
          <p className="dialog-text" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('correction.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={text.trim() === ''}>
            {t('correction.publish')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
