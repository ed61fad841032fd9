import type { Library } from '../library/library';
import type { PublishTarget } from './publish-target';
import { RemoteEditError } from './remote-edit-error';
import { retryDelayMs } from './retry-delay';
import { PublishCancelledError, sendPublishJob } from './send-publish-job';
import { WordpressRequestError } from './wordpress-request-error';

export interface SendDueJobsOptions {
  library: Library;
  /** The site by name, or why it cannot be used (unknown, no password). */
  targetOf(siteName: string): PublishTarget | string;
  now?: () => Date;
  retryDelay?: (attempts: number) => number;
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Sends every queued job whose time has come, one at a time, until none is due: a network or
 * server failure queues the job again after a backoff, any other failure ends it with its
 * reason, an edit made on the site waits for a person. Returns how many went out.
 */
export const sendDueJobs = async (options: SendDueJobsOptions): Promise<number> => {
  const { library } = options;
  const now = options.now ?? (() => new Date());
  const retryDelay = options.retryDelay ?? retryDelayMs;
  // Only what is due when the round starts: a job put back for later waits for the next round.
  const roundStart = now();
  let published = 0;
  const claim = () => library.outbox.claimDue(roundStart);
  for (let job = claim(); job !== null; job = claim()) {
    const target = options.targetOf(job.site);
    if (typeof target === 'string') {
      library.outbox.fail(job.id, target);
      continue;
    }
    try {
      const link = await sendPublishJob({ library, job, target, now });
      library.outbox.published(job.id, link);
      published += 1;
    } catch (error) {
      if (error instanceof PublishCancelledError) continue;
      if (error instanceof RemoteEditError) {
        library.outbox.editedRemotely(job.id, error.message);
      } else if (error instanceof WordpressRequestError && error.retryable) {
        const at = new Date(
          Math.max(now().getTime() + retryDelay(job.attempts), roundStart.getTime() + 1),
        );
        library.outbox.retryLater(job.id, reasonOf(error), at);
      } else {
        library.outbox.fail(job.id, reasonOf(error));
      }
    }
  }
  return published;
};
