import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../shared/errors/error-code';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/TextField';

export interface ConnectNewsroomDialogProps {
  connecting: boolean;
  error: AppErrorShape | null;
  onConnect: (address: string, invitation: string) => void;
  onCancel: () => void;
}

const knownErrors = new Set(['unavailable', 'not_found', 'conflict', 'forbidden', 'invalid']);

/** "Connect to a newsroom server…": the server's address and a one-time invitation. */
export function ConnectNewsroomDialog({
  connecting,
  error,
  onConnect,
  onCancel,
}: ConnectNewsroomDialogProps) {
  const { t } = useTranslation('newsroom');
  const [address, setAddress] = useState('');
  const [invitation, setInvitation] = useState('');
  const ready = address.trim() !== '' && invitation.trim().length >= 10 && !connecting;
  const submit = () => {
    if (ready) onConnect(address.trim(), invitation.trim());
  };
  const message =
    error === null
      ? null
      : knownErrors.has(error.code)
        ? t(`connect.errors.${error.code}`)
        : t('connect.errors.other', { message: error.message });

  return (
    <Dialog title={t('connect.title')} className="dialog-newsroom" onCancel={onCancel}>
      <p className="dialog-text">{t('connect.intro')}</p>
      <TextField
        label={t('connect.address')}
        value={address}
        maxLength={500}
        hint={t('connect.addressHint')}
        autoComplete="off"
        onChange={setAddress}
        onEnter={submit}
      />
      <TextField
        label={t('connect.invitation')}
        value={invitation}
        maxLength={200}
        hint={t('connect.invitationHint')}
        autoComplete="off"
        onChange={setInvitation}
        onEnter={submit}
      />
      {message !== null && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('connect.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={!ready} onClick={submit}>
          {connecting ? t('connect.connecting') : t('connect.submit')}
        </button>
      </div>
    </Dialog>
  );
}
