import type { PublishJob } from '../../shared/wordpress/publish-job';

/** An article's newest job that was not cancelled (jobs come newest first), or null. */
export const latestPublishJob = (
  jobs: readonly PublishJob[],
  articleId: string,
): PublishJob | null =>
  jobs.find((job) => job.articleId === articleId && job.state !== 'cancelled') ?? null;
