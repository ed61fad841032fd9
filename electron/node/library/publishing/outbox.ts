import type { PublishJob } from '../../../../shared/wordpress/publish-job';
import type { PublishedPost } from '../../../../shared/wordpress/published-post';

export interface OutboxRequest {
  articleId: string;
  site: string;
  kind: PublishJob['kind'];
  correction?: string;
}

/**
 * The publishing outbox, kept in the library so it survives restarts and crashes: jobs, and
 * per article and site what was pushed. Sending is the runner's (electron/node/wordpress).
 */
export interface Outbox {
  /** Queues a job; an article already waiting for the same site and kind keeps its one job. */
  enqueue(request: OutboxRequest, queuedBy: string): PublishJob;
  /** Every job, newest first. */
  jobs(): PublishJob[];
  job(id: number): PublishJob;
  /** The oldest queued job due by `dueBy`, now marked sending; null when none is. */
  claimDue(dueBy: Date): PublishJob | null;
  progress(id: number, text: string): void;
  published(id: number, link: string): void;
  retryLater(id: number, reason: string, at: Date): void;
  fail(id: number, reason: string): void;
  editedRemotely(id: number, reason: string): void;
  /** A person saw the wp-admin edit and chose to overwrite it: queued again. */
  confirmOverwrite(id: number): PublishJob;
  /** Queued, failed or waiting jobs end; a job being sent ends after its current request. */
  cancel(id: number): PublishJob;
  /** A failed job queued again, due now. */
  retry(id: number): PublishJob;
  /** Jobs a crash left "sending" are queued again (they resume from the stored ids). */
  resumeInterrupted(): number;
  post(articleId: string, site: string): PublishedPost;
  savePost(post: PublishedPost): void;
  /** The library source of the figure chosen as the featured image, or null (the first is). */
  featuredImage(articleId: string): string | null;
  chooseFeaturedImage(articleId: string, src: string | null): void;
  /** Told of every job queued or changed, as it now is; returns the unsubscribe. */
  onJobChanged(listener: (job: PublishJob) => void): () => void;
}
