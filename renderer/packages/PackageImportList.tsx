import { useTranslation } from 'react-i18next';
import type { PackageImport } from '../../shared/model/package-outcome';
import { UntrustedKeyNotice } from './UntrustedKeyNotice';
import './packages.css';

/**
 * The packages an import received, each with what it did to the library, the status moves it
 * could not verify and the keys met for the first time, which the reader may trust.
 */
export function PackageImportList({
  packages,
  trustedKeys,
  onTrust,
}: {
  packages: readonly PackageImport[];
  /** Keys trusted since the import (public keys). */
  trustedKeys: ReadonlySet<string>;
  onTrust: (publicKey: string) => void;
}) {
  const { t } = useTranslation('packages');
  if (packages.length === 0) return null;
  return (
    <>
      <p>{t('import.received', { count: packages.length })}</p>
      <ul className="package-imports">
        {packages.map(
          ({ id, headline, outcome, restoredFromTrash, heldMoves, untrustedKeys }, index) => (
            <li key={`${index}-${id}`}>
              {headline.trim() || t('import.untitled')}
              {' — '}
              <span className="package-outcome">{t(`import.outcomes.${outcome}`)}</span>
              {restoredFromTrash && <p>{t('import.restoredFromTrash')}</p>}
              {outcome === 'merged' && <p>{t('import.mergedHint')}</p>}
              {outcome === 'conflict' && <p>{t('import.conflictHint')}</p>}
              {heldMoves > 0 && <p>{t('import.held', { count: heldMoves })}</p>}
              {untrustedKeys.map((key) => (
                <UntrustedKeyNotice
                  key={key.publicKey}
                  signingKey={key}
                  trusted={trustedKeys.has(key.publicKey)}
                  onTrust={() => onTrust(key.publicKey)}
                />
              ))}
            </li>
          ),
        )}
      </ul>
    </>
  );
}
