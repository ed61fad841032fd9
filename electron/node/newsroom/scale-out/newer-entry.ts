import type { IndexEntry } from '../../../../shared/newsroom/library-index';

/**
 * Which of two entries for one article is the later. The database stamps `changedAt` under the
 * article's row lock, so it orders the changes of every instance; on a tie (one millisecond),
 * the one with more moves is later.
 */
export const isNewerEntry = (candidate: IndexEntry, than: IndexEntry): boolean =>
  candidate.changedAt === than.changedAt
    ? candidate.moves.length > than.moves.length
    : candidate.changedAt > than.changedAt;
