import { useTranslation } from 'react-i18next';
import { missingCaseError } from '../../shared/errors/missing-case';
import type { PublishJob } from '../../shared/wordpress/publish-job';

/** "queued / sending / published at <link> / failed: <reason>" for one job. */
export function PublishJobStatus({ job }: { job: PublishJob }) {
  const { t } = useTranslation('publishing');
  switch (job.state) {
    case 'queued':
      return (
        <span className="publish-state">
          {job.lastError === ''
            ? t('state.queued')
            : t('state.retrying', { reason: job.lastError })}
        </span>
      );
    case 'sending':
      return (
        <span className="publish-state">
          {job.progress === ''
            ? t('state.sending')
            : t('state.sendingStep', { step: job.progress })}
        </span>
      );
    case 'published':
      return <span className="publish-state">{t('state.publishedAt', { link: job.link })}</span>;
    case 'failed':
      return <span className="publish-state">{t('state.failed', { reason: job.lastError })}</span>;
    case 'edited_remotely':
      return <span className="publish-state">{t('state.editedRemotely')}</span>;
    case 'cancelled':
      return <span className="publish-state">{t('state.cancelled')}</span>;
    default:
      throw missingCaseError(job.state);
  }
}
