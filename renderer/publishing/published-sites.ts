import type { PublishJob } from '../../shared/wordpress/publish-job';

/** The sites an article went out to (a publish job that reached the site), in name order. */
export const publishedSites = (jobs: readonly PublishJob[], articleId: string): string[] =>
  [
    ...new Set(
      jobs
        .filter(
          (job) =>
            job.articleId === articleId && job.kind === 'publish' && job.state === 'published',
        )
        .map((job) => job.site),
    ),
  ].sort();
