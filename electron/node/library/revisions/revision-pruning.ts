import type { RevisionReason } from '../../../../shared/model/revision';

export interface PrunableRevision {
  id: number;
  reason: RevisionReason;
  createdAt: string;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
export const keptNewest = 20;

/**
 * Which automatic snapshots to drop: named and other deliberate snapshots stay forever; automatic
 * ones stay for a day, then one per hour for a week, then one per day; the 20 newest always stay.
 * "Newest" is by id (the order of writing), never by clock; a snapshot dated in the future (a
 * clock set back) counts as recent.
 */
export const revisionsToPrune = (revisions: readonly PrunableRevision[], now: Date): number[] => {
  const newestFirst = [...revisions].sort((left, right) => right.id - left.id);
  const hoursSeen = new Set<number>();
  const daysSeen = new Set<number>();
  const pruned: number[] = [];
  newestFirst.forEach((revision, index) => {
    if (revision.reason !== 'auto') return;
    const time = Date.parse(revision.createdAt);
    const age = now.getTime() - time;
    if (age < dayMs) return;
    const buckets = age < 7 * dayMs ? hoursSeen : daysSeen;
    const bucket = Math.floor(time / (age < 7 * dayMs ? hourMs : dayMs));
    const firstInBucket = !buckets.has(bucket);
    buckets.add(bucket);
    if (!firstInBucket && index >= keptNewest) pruned.push(revision.id);
  });
  return pruned;
};
