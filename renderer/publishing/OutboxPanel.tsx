import { useTranslation } from 'react-i18next';
import type { PublishJob } from '../../shared/wordpress/publish-job';
import { PublishJobStatus } from './PublishJobStatus';

interface OutboxPanelProps {
  jobs: readonly PublishJob[];
  comparison: { jobId: number; ours: string; theirs: string } | null;
  onCancel: (jobId: number) => void;
  onRetry: (jobId: number) => void;
  onCompare: (job: PublishJob) => void;
  onOverwrite: (jobId: number) => void;
  onRefresh: () => void;
  /** In the outbox dialog: its title names it and the jobs follow live, so no legend nor refresh. */
  bare?: boolean;
}

const cancellable = new Set<PublishJob['state']>([
  'queued',
  'sending',
  'failed',
  'edited_remotely',
]);

/** The outbox: every publishing job with its state and progress, to cancel or confirm. */
export function OutboxPanel(props: OutboxPanelProps) {
  const { t } = useTranslation('publishing');
  return (
    <fieldset className="outbox-panel">
      {props.bare !== true && (
        <>
          <legend>{t('outbox.title')}</legend>
          <button type="button" className="button button-small" onClick={props.onRefresh}>
            {t('outbox.refresh')}
          </button>
        </>
      )}
      {props.jobs.length === 0 ? (
        <p className="field-hint">{t('outbox.empty')}</p>
      ) : (
        <ul className="outbox-jobs" aria-label={t('outbox.title')}>
          {props.jobs.map((job) => {
            const headline = job.headline.trim() || t('outbox.untitled');
            const label = job.kind === 'correction' ? 'outbox.correctionJob' : 'outbox.job';
            return (
              <li key={job.id}>
                <span>{t(label, { headline, site: job.site })}</span>{' '}
                <PublishJobStatus job={job} linked />{' '}
                {job.state === 'failed' && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('outbox.retryLabel', { headline })}
                    onClick={() => props.onRetry(job.id)}
                  >
                    {t('outbox.retry')}
                  </button>
                )}
                {job.state === 'edited_remotely' && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => props.onCompare(job)}
                  >
                    {t('outbox.compare')}
                  </button>
                )}
                {cancellable.has(job.state) && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('outbox.cancelLabel', { headline })}
                    onClick={() => props.onCancel(job.id)}
                  >
                    {t('outbox.cancel')}
                  </button>
                )}
                {props.comparison?.jobId === job.id && (
                  <div className="outbox-comparison">
                    <p>{t('outbox.editedRemotely')}</p>
                    <div className="outbox-comparison-columns">
                      <section aria-label={t('outbox.ours')}>
                        <h3>{t('outbox.ours')}</h3>
                        <pre>{props.comparison.ours}</pre>
                      </section>
                      <section aria-label={t('outbox.theirs')}>
                        <h3>{t('outbox.theirs')}</h3>
                        <pre>{props.comparison.theirs}</pre>
                      </section>
                    </div>
                    <button
                      type="button"
                      className="button"
                      onClick={() => props.onOverwrite(job.id)}
                    >
                      {t('outbox.overwrite')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
