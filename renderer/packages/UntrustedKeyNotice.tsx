import { useTranslation } from 'react-i18next';
import type { TrustedKey } from '../../shared/model/trusted-key';

/** A signing key met for the first time: who signed with it, its fingerprint, and Trust. */
export function UntrustedKeyNotice({
  signingKey,
  trusted,
  onTrust,
}: {
  signingKey: TrustedKey;
  trusted: boolean;
  onTrust: () => void;
}) {
  const { t } = useTranslation(['packages', 'workflow']);
  return (
    <p className="package-untrusted-key">
      {t('import.untrustedKey', {
        name: signingKey.name,
        role: t(`roles.${signingKey.role}`, { ns: 'workflow' }),
        fingerprint: signingKey.fingerprint,
      })}{' '}
      {trusted ? (
        <strong>{t('import.trusted')}</strong>
      ) : (
        <button type="button" className="button button-small" onClick={onTrust}>
          {t('import.trust')}
        </button>
      )}
    </p>
  );
}
