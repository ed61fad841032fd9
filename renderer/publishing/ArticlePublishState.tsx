import { PublishJobStatus } from './PublishJobStatus';
import { latestPublishJob } from './latest-publish-job';
import { usePublishingStore } from './publishing-store';

/** An article's latest publishing job as it moves on (`outbox:changed`); nothing before one. */
export function ArticlePublishState({
  articleId,
  linked = false,
}: {
  articleId: string;
  linked?: boolean;
}) {
  const job = usePublishingStore((state) => latestPublishJob(state.jobs, articleId));
  if (job === null) return null;
  return (
    <span
      className={`publish-state-tag publish-state-${job.state}`}
      title={job.link === '' ? undefined : job.link}
    >
      <PublishJobStatus job={job} linked={linked} />
    </span>
  );
}
