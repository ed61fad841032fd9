import type { PublishJob } from '../../../shared/wordpress/publish-job';

/**
 * The correction notes a post carries, oldest first, up to and including `upTo`: every
 * correction queued for the article and site that was not cancelled, dated when it was written.
 */
export const correctionNotes = (
  jobs: readonly PublishJob[],
  upTo: PublishJob,
  language: string,
): { heading: string; text: string }[] =>
  jobs
    .filter(
      (job) =>
        job.kind === 'correction' &&
        job.articleId === upTo.articleId &&
        job.site === upTo.site &&
        job.state !== 'cancelled' &&
        job.id <= upTo.id,
    )
    .sort((left, right) => left.id - right.id)
    .map((job) => {
      const date = `${job.createdAt.slice(0, 10)} ${job.createdAt.slice(11, 16)} UTC`;
      const heading = language.startsWith('fr')
        ? `Rectificatif (${date})\u00a0:`
        : `Correction (${date}):`;
      return { heading, text: job.correction };
    });
