import { useTranslation } from 'react-i18next';
import type { PackageImport } from '../../shared/model/package-outcome';
import './packages.css';

/** The packages an import received, each with what it did to the library. */
export function PackageImportList({ packages }: { packages: readonly PackageImport[] }) {
  const { t } = useTranslation('packages');
  if (packages.length === 0) return null;
  return (
    <>
      <p>{t('import.received', { count: packages.length })}</p>
      <ul className="package-imports">
        {packages.map(({ id, headline, outcome, restoredFromTrash }, index) => (
          <li key={`${index}-${id}`}>
            {headline.trim() || t('import.untitled')}
            {' — '}
            <span className="package-outcome">{t(`import.outcomes.${outcome}`)}</span>
            {restoredFromTrash && <p>{t('import.restoredFromTrash')}</p>}
            {outcome === 'merged' && <p>{t('import.mergedHint')}</p>}
            {outcome === 'conflict' && <p>{t('import.conflictHint')}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
