import { missingCaseError } from '../../shared/errors/missing-case';
import type { PublishJob } from '../../shared/wordpress/publish-job';

/** A job's state in words: queued / sending / published at <link> / failed: <reason>… */
export const publishJobLine = (job: PublishJob): string => {
  switch (job.state) {
    case 'queued':
      return job.lastError === ''
        ? 'queued'
        : `queued, next try after ${job.nextAttemptAt} (${job.lastError})`;
    case 'sending':
      return job.progress === '' ? 'sending' : `sending (${job.progress})`;
    case 'published':
      return `published at ${job.link}`;
    case 'failed':
      return `failed: ${job.lastError}`;
    case 'edited_remotely':
      return `waiting: ${job.lastError} Confirm in Copydesk before overwriting.`;
    case 'cancelled':
      return 'cancelled';
    default:
      throw missingCaseError(job.state);
  }
};
