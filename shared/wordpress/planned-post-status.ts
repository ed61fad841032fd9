import { AppError } from '../errors/error-code';
import type { Status } from '../model/status';
import type { WordpressStatusMapping } from '../model/wordpress-site';

export interface PlannedPostStatus {
  status: 'publish' | 'future' | 'pending' | 'draft';
  /** `date_gmt` to send (WordPress's format, UTC, no zone), or null to leave the date alone. */
  dateGmt: string | null;
}

/** WordPress's GMT date format: `2026-12-08T09:30:00`, no zone, no fraction. */
export const wordpressGmt = (date: Date): string => date.toISOString().slice(0, 19);

/**
 * What an article becomes on a site. An embargo still ahead makes it `future` at the embargo,
 * in GMT so the site's timezone cannot shift it; a pending or draft post carries the embargo
 * as its date too, so publishing it by hand in wp-admin schedules it instead of going out early.
 */
export const plannedPostStatus = (
  article: { status: Status; embargo: string | null },
  mapping: WordpressStatusMapping,
  now: Date,
): PlannedPostStatus => {
  if (article.status !== 'approved' && article.status !== 'published') {
    throw new AppError('forbidden', 'Only an approved or published article can go to WordPress.');
  }
  const wanted = article.status === 'published' ? mapping.published : mapping.approved;
  const embargo = article.embargo === null ? null : new Date(article.embargo);
  if (embargo === null || embargo <= now) return { status: wanted, dateGmt: null };
  return {
    status: wanted === 'publish' ? 'future' : wanted,
    dateGmt: wordpressGmt(embargo),
  };
};
