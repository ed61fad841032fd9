import { describe, expect, it } from 'vitest';
import { plannedPostStatus } from './planned-post-status';
import { defaultStatusMapping } from '../model/wordpress-site';

const now = new Date('2026-12-07T20:00:00.000Z');

describe('planned post status', () => {
  it('publishes a published article and leaves an approved one pending, per the site’s mapping', () => {
    expect(
      plannedPostStatus({ status: 'published', embargo: null }, defaultStatusMapping, now),
    ).toEqual({ status: 'publish', dateGmt: null });
    expect(
      plannedPostStatus({ status: 'approved', embargo: null }, defaultStatusMapping, now),
    ).toEqual({ status: 'pending', dateGmt: null });
    expect(
      plannedPostStatus(
        { status: 'approved', embargo: null },
        { published: 'publish', approved: 'draft' },
        now,
      ),
    ).toEqual({ status: 'draft', dateGmt: null });
  });

  it('schedules an embargoed article at the embargo in GMT, never publishing it early', () => {
    const embargo = '2026-12-08T07:30:00+01:00';
    expect(plannedPostStatus({ status: 'published', embargo }, defaultStatusMapping, now)).toEqual({
      status: 'future',
      dateGmt: '2026-12-08T06:30:00',
    });
    expect(plannedPostStatus({ status: 'approved', embargo }, defaultStatusMapping, now)).toEqual({
      status: 'pending',
      dateGmt: '2026-12-08T06:30:00',
    });
  });

  it('publishes at once once the embargo has passed', () => {
    expect(
      plannedPostStatus(
        { status: 'published', embargo: '2026-12-07T19:00:00Z' },
        defaultStatusMapping,
        now,
      ),
    ).toEqual({ status: 'publish', dateGmt: null });
  });

  it('refuses an article that is not approved or published', () => {
    expect(() =>
      plannedPostStatus({ status: 'submitted', embargo: null }, defaultStatusMapping, now),
    ).toThrow(/approved or published/);
  });
});
