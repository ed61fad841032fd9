import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

export interface SendForReviewDialogProps {
  /** Browser mode's save folder, or null (Electron asks where with its dialog). */
  saveFolder: string | null;
  /** False in browser mode started without a save folder: the dialog says what to do instead. */
  canSave: boolean;
  onSend: (recipient: string) => void;
  onCancel: () => void;
}

/** "Send for review…": who the package is for, so the version kept says "Sent to …". */
export function SendForReviewDialog({
  saveFolder,
  canSave,
  onSend,
  onCancel,
}: SendForReviewDialogProps) {
  const { t } = useTranslation('packages');
  const [recipient, setRecipient] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSave) onSend(recipient.trim());
  };
  return (
    <Dialog title={t('send.title')} onCancel={onCancel}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={fieldId} className="field-label">
            {t('send.recipient')}
          </label>
          <input
            id={fieldId}
            type="text"
            className="text-input"
            value={recipient}
            maxLength={200}
            aria-describedby={hintId}
            onChange={(event) => setRecipient(event.target.value)}
          />
          <p id={hintId} className="field-hint">
            {t('send.recipientHint')}
          </p>
        </div>
        {saveFolder !== null && (
          <p className="field-hint">{t('send.savesInto', { folder: saveFolder })}</p>
        )}
        {!canSave && (
          <p className="dialog-text" role="alert">
            {t('send.nowhereToSave')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('send.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!canSave}>
            {t('send.send')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
