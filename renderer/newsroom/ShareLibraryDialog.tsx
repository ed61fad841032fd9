import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../shared/errors/error-code';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/TextField';
import type { ShareHost } from './share-library-store';

export interface ShareLibraryDialogProps {
  sharing: boolean;
  /** The address desks connect to, once shared. */
  url: string | null;
  error: AppErrorShape | null;
  onShare: (host: ShareHost, port: number) => void;
  onClose: () => void;
}

const defaultPort = '4455';

const validPort = (text: string): number | null => {
  const port = Number(text);
  return /^\d+$/u.test(text) && port <= 65_535 ? port : null;
};

/** "Share this library on the network…": where to listen, then where desks connect. */
export function ShareLibraryDialog({
  sharing,
  url,
  error,
  onShare,
  onClose,
}: ShareLibraryDialogProps) {
  const { t } = useTranslation('newsroom');
  const [host, setHost] = useState<ShareHost>('127.0.0.1');
  const [port, setPort] = useState(defaultPort);
  const chosenPort = validPort(port.trim());
  const submit = () => {
    if (chosenPort !== null && !sharing) onShare(host, chosenPort);
  };

  return (
    <Dialog title={t('share.title')} className="dialog-newsroom" onCancel={onClose}>
      <p className="dialog-text">{t('share.intro')}</p>
      <fieldset className="field">
        <legend>{t('share.host')}</legend>
        {(['127.0.0.1', '0.0.0.0'] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="share-host"
              checked={host === choice}
              onChange={() => setHost(choice)}
            />{' '}
            {t(choice === '127.0.0.1' ? 'share.thisMachine' : 'share.everyInterface')}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('share.port')}
        value={port}
        maxLength={5}
        autoComplete="off"
        onChange={setPort}
        onEnter={submit}
      />
      {url !== null && (
        <div role="status">
          <p className="dialog-text">{t('share.ready', { url })}</p>
          <p className="dialog-text">{t('share.accounts')}</p>
          <pre>copydesk users add NAME --role reporter</pre>
        </div>
      )}
      {error !== null && (
        <p className="field-error" role="alert">
          {t('share.error', { message: error.message })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('share.close')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={chosenPort === null || sharing}
          onClick={submit}
        >
          {sharing ? t('share.starting') : t('share.submit')}
        </button>
      </div>
    </Dialog>
  );
}
