import { useTranslation } from 'react-i18next';
import type { ExportFailure } from '../../shared/model/export-job';

export interface ExportFailuresListProps {
  failures: ExportFailure[];
}

/** The articles a batch export left out, each by headline with the reason. */
export function ExportFailuresList({ failures }: ExportFailuresListProps) {
  const { t } = useTranslation('transfer');
  return (
    <div className="export-failures" role="alert">
      <p>{t('export.failures', { count: failures.length })}</p>
      <ul>
        {failures.map((failure, index) => (
          <li key={index}>{t('export.failure', failure)}</li>
        ))}
      </ul>
    </div>
  );
}
