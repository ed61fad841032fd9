import { useTranslation } from 'react-i18next';
import { missingCaseError } from '../../shared/errors/missing-case';
import type { PublishJob } from '../../shared/wordpress/publish-job';

/**
 * "queued / sending / published at <link> / failed: <reason>" for one job; the address is a
 * link where `linked` (not inside a list row, which opens the article on click).
 */
export function PublishJobStatus({ job, linked = false }: { job: PublishJob; linked?: boolean }) {
  const { t } = useTranslation('publishing');
  const image = /^image (\d+)\/(\d+)$/.exec(job.progress);
  const step =
    image !== null
      ? t('state.step.image', { index: image[1], count: image[2] })
      : job.progress === 'terms' || job.progress === 'post'
        ? t(`state.step.${job.progress}`)
        : job.progress;
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
          {job.progress === '' ? t('state.sending') : t('state.sendingStep', { step })}
        </span>
      );
    case 'published':
      return (
        <span className="publish-state">
          {t('state.published')}{' '}
          {linked ? (
            <a href={job.link} target="_blank" rel="noreferrer">
              {job.link}
            </a>
          ) : (
            job.link
          )}
        </span>
      );
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
