import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSigningKeysStore } from '../state/signing-keys-store';

/** Settings: this profile's key fingerprint, and the keys met in packages, to trust or revoke. */
export function SigningKeysSettings() {
  const { t } = useTranslation(['common', 'workflow']);
  const ownFingerprint = useSigningKeysStore((state) => state.ownFingerprint);
  const keys = useSigningKeysStore((state) => state.keys);
  const load = useSigningKeysStore((state) => state.load);
  const trust = useSigningKeysStore((state) => state.trust);
  const revoke = useSigningKeysStore((state) => state.revoke);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <fieldset className="signing-keys-settings">
      <legend>{t('settings.keys.title')}</legend>
      {ownFingerprint !== null && (
        <p className="field-hint">{t('settings.keys.own', { fingerprint: ownFingerprint })}</p>
      )}
      {keys.length === 0 ? (
        <p className="field-hint">{t('settings.keys.none')}</p>
      ) : (
        <ul className="signing-keys" aria-label={t('settings.keys.title')}>
          {keys.map((key) => (
            <li key={key.publicKey}>
              {t('settings.keys.entry', {
                name: key.name,
                role: t(`roles.${key.role}`, { ns: 'workflow' }),
                fingerprint: key.fingerprint,
              })}{' '}
              <strong>{t(`settings.keys.trust.${key.trust}`)}</strong>{' '}
              {key.trust === 'trusted' ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('settings.keys.revokeLabel', { name: key.name })}
                  onClick={() => void revoke(key.publicKey)}
                >
                  {t('settings.keys.revoke')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('settings.keys.trustLabel', { name: key.name })}
                  onClick={() => void trust(key.publicKey)}
                >
                  {t('settings.keys.trustAction')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
