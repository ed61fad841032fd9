import { z } from 'zod';

/**
 * A job's life: queued (waiting, maybe after a failed try) → sending → published, or failed
 * (a reason nobody can retry away), or edited_remotely (someone changed the post in wp-admin
 * since our last push: waits for a person to confirm the overwrite), or cancelled.
 */
export const PublishJobState = z.enum([
  'queued',
  'sending',
  'published',
  'failed',
  'edited_remotely',
  'cancelled',
]);
export type PublishJobState = z.infer<typeof PublishJobState>;

export const PublishJob = z.object({
  id: z.number().int().positive(),
  articleId: z.uuid(),
  /** The article's headline now, to name the job in the outbox. */
  headline: z.string(),
  site: z.string(),
  kind: z.enum(['publish', 'correction']),
  /** The correction note's text (kind `correction`). */
  correction: z.string(),
  state: PublishJobState,
  /** Confirmed by a person after a wp-admin edit was detected. */
  overwrite: z.boolean(),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.string(),
  /** What the sending step is doing, e.g. "image 2 of 5". */
  progress: z.string(),
  lastError: z.string(),
  /** The post's address once published. */
  link: z.string(),
  queuedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PublishJob = z.infer<typeof PublishJob>;
