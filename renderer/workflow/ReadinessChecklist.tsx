import { useTranslation } from 'react-i18next';
import type { ReadinessCheck } from '../../shared/workflow/readiness';

/** The publish-readiness checks of the article, each ✓ or ✗ with what is missing. */
export function ReadinessChecklist({ checks }: { checks: ReadinessCheck[] }) {
  const { t } = useTranslation('workflow');
  return (
    <ul className="readiness-checklist" aria-label={t('readiness.label')}>
      {checks.map((check) => (
        <li key={check.id} className={check.ok ? 'readiness-ok' : 'readiness-failed'}>
          <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span>{' '}
          <span className="visually-hidden">
            {t(check.ok ? 'readiness.passed' : 'readiness.failed')}
          </span>
          {t(`readiness.checks.${check.id}`)}
          {!check.ok && check.values !== undefined && (
            <span className="readiness-detail">
              {' — '}
              {t(`readiness.details.${check.id}`, check.values)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
