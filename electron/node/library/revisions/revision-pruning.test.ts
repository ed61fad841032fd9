import { describe, expect, it } from 'vitest';
import type { PrunableRevision } from './revision-pruning';
import { revisionsToPrune } from './revision-pruning';

const now = new Date('2025-06-30T12:00:00.000Z');
const hoursAgo = (hours: number): string =>
  new Date(now.getTime() - hours * 3_600_000).toISOString();

/** Automatic snapshots every `stepMinutes`, oldest first, from `fromHours` ago to now. */
const autoEvery = (stepMinutes: number, fromHours: number, start = 1): PrunableRevision[] => {
  const count = Math.floor((fromHours * 60) / stepMinutes);
  return Array.from({ length: count }, (_, index) => ({
    id: start + index,
    reason: 'auto' as const,
    createdAt: hoursAgo(fromHours - (index * stepMinutes) / 60),
  }));
};

const kept = (revisions: PrunableRevision[]): PrunableRevision[] => {
  const pruned = new Set(revisionsToPrune(revisions, now));
  return revisions.filter((revision) => !pruned.has(revision.id));
};

describe('revisionsToPrune', () => {
  it('keeps every automatic snapshot of the last 24 hours', () => {
    const revisions = autoEvery(10, 23);
    expect(revisionsToPrune(revisions, now)).toEqual([]);
  });

  it('keeps one per hour between one and seven days old, one per day beyond', () => {
    const revisions = autoEvery(10, 30 * 24);
    const survivors = kept(revisions);
    const ageHours = (revision: PrunableRevision): number =>
      (now.getTime() - Date.parse(revision.createdAt)) / 3_600_000;
    const lastDay = survivors.filter((revision) => ageHours(revision) < 24);
    const week = survivors.filter(
      (revision) => ageHours(revision) >= 24 && ageHours(revision) < 168,
    );
    const older = survivors.filter((revision) => ageHours(revision) >= 168);
    expect(lastDay).toHaveLength(revisions.filter((revision) => ageHours(revision) < 24).length);
    const weekHours = new Set(
      week.map((revision) => Math.floor(Date.parse(revision.createdAt) / 3_600_000)),
    );
    expect(weekHours.size).toBe(week.length);
    expect(week.length).toBeGreaterThanOrEqual(144);
    expect(week.length).toBeLessThanOrEqual(145);
    expect(older.length).toBeGreaterThanOrEqual(23);
    expect(older.length).toBeLessThanOrEqual(24);
    expect(new Set(older.map((revision) => revision.createdAt.slice(0, 10))).size).toBe(
      older.length,
    );
  });

  it('keeps the newest of each hour, judged by id rather than by clock', () => {
    const sameHour = [
      { id: 1, reason: 'auto' as const, createdAt: hoursAgo(48.1) },
      { id: 2, reason: 'auto' as const, createdAt: hoursAgo(48.5) },
    ];
    const padding = autoEvery(60, 20, 10);
    expect(revisionsToPrune([...sameHour, ...padding, ...autoEvery(1, 0.5, 100)], now)).toEqual([
      1,
    ]);
  });

  it('never drops named or deliberate snapshots, however old', () => {
    const deliberate: PrunableRevision[] = (
      ['named', 'status', 'create', 'import', 'restore'] as const
    ).map((reason, index) => ({ id: index + 1, reason, createdAt: hoursAgo(2000) }));
    const recent = autoEvery(10, 10, 100);
    expect(
      revisionsToPrune(
        [...deliberate, ...deliberate.map((r) => ({ ...r, id: r.id + 10 })), ...recent],
        now,
      ),
    ).toEqual([]);
  });

  it('never keeps fewer than the 20 newest snapshots', () => {
    const old = Array.from({ length: 25 }, (_, index) => ({
      id: index + 1,
      reason: 'auto' as const,
      createdAt: hoursAgo(1000 + 25 - index),
    }));
    const survivors = kept(old);
    expect(survivors.map((revision) => revision.id)).toEqual(
      expect.arrayContaining(Array.from({ length: 20 }, (_, index) => index + 6)),
    );
    expect(survivors.length).toBeLessThan(25);
  });
});
