import { useTranslation } from 'react-i18next';
import { PackageImportList } from '../packages/PackageImportList';
import { useImportStore } from './import-store';

/** What the last import created, what each package did, and every file it refused with the reason. */
export function ImportReport() {
  const { t } = useTranslation('transfer');
  const busy = useImportStore((state) => state.busy);
  const outcome = useImportStore((state) => state.outcome);
  const error = useImportStore((state) => state.error);
  const dismiss = useImportStore((state) => state.dismiss);
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
        {outcome && <PackageImportList packages={outcome.packages} />}
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
