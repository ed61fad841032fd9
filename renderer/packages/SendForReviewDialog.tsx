import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

export interface SendForReviewDialogProps {
  onSend: (recipient: string) => void;
  onCancel: () => void;
}

/** "Send for review…": who the package is for, so the version kept says "Sent to …". */
export function SendForReviewDialog({ onSend, onCancel }: SendForReviewDialogProps) {
  const { t } = useTranslation('packages');
  const [recipient, setRecipient] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSend(recipient.trim());
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
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('send.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('send.send')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
