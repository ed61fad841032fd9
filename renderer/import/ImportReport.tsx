import { useTranslation } from 'react-i18next';
import { PackageImportList } from '../packages/PackageImportList';
import { useImportStore } from './import-store';
import { useSigningKeysStore } from '../state/signing-keys-store';

/** What the last import created, what each package did, and every file it refused with the reason. */
export function ImportReport() {
  const { t } = useTranslation('transfer');
  const busy = useImportStore((state) => state.busy);
  const outcome = useImportStore((state) => state.outcome);
  const error = useImportStore((state) => state.error);
  const dismiss = useImportStore((state) => state.dismiss);
  const keys = useSigningKeysStore((state) => state.keys);
  const trust = useSigningKeysStore((state) => state.trust);
  const trustedKeys = new Set(
    keys.filter((key) => key.trust === 'trusted').map((key) => key.publicKey),
  );
  if (busy) {
    return (
      <p className="import-report" role="status">
        {t('import.busy')}
      </p>
    );
  }
  if (!outcome && !error) return null;

  return (
    <section className="import-report" aria-label={t('import.report')}>
      <div role={outcome && outcome.failed.length > 0 ? 'alert' : 'status'}>
        {error && <p>{t('import.error', { reason: t(`common:errors.${error.code}`) })}</p>}
        {outcome && outcome.created.length > 0 && (
          <p>{t('import.created', { count: outcome.created.length })}</p>
        )}
        {outcome && (
          <PackageImportList
            packages={outcome.packages}
            trustedKeys={trustedKeys}
            onTrust={(publicKey) => void trust(publicKey)}
          />
        )}
        {outcome && outcome.failed.length > 0 && (
          <>
            <p>{t('import.failed', { count: outcome.failed.length })}</p>
            <ul className="import-failures">
              {outcome.failed.map(({ name, message }, index) => (
                <li key={`${index}-${name}`}>{t('import.failure', { name, message })}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" className="button button-small" onClick={dismiss}>
        {t('import.dismiss')}
      </button>
    </section>
  );
}
