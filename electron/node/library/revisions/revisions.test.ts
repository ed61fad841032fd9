import { describe, expect, it } from 'vitest';
import { appErrorOf } from '../testing/app-error-of';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';
import { testClock } from '../testing/test-clock';

const minutes = (count: number): number => count * 60_000;
const editor = { name: 'Chef Ndiaye', role: 'editor' };

describe('revisions', () => {
  it("keeps a 'create' snapshot, or 'import' for imports", () => {
    const library = openTestLibrary();
    const created = library.create({ headline: 'A' }, reporter);
    const imported = library.create({ headline: 'B' }, reporter, 'import');
    expect(library.listRevisions(created.id).map((revision) => revision.reason)).toEqual([
      'create',
    ]);
    expect(library.listRevisions(imported.id)).toMatchObject([
      { reason: 'import', revision: 1, author: 'Awa Diop' },
    ]);
  });

  it('snapshots automatically on a save once the newest snapshot is 10 minutes old', () => {
    const clock = testClock();
    const library = openTestLibrary({ now: clock.now });
    const { id } = library.create({ headline: 'v1' }, reporter);
    let revision = 1;
    const save = (headline: string): void => {
      revision = library.save(
        { id, baseRevision: revision, changes: { headline } },
        reporter,
      ).revision;
    };
    clock.advance(minutes(4));
    save('v2');
    clock.advance(minutes(5));
    save('v3');
    expect(library.listRevisions(id).map((item) => item.reason)).toEqual(['create']);
    clock.advance(minutes(1));
    save('v4');
    const revisions = library.listRevisions(id);
    expect(revisions.map((item) => [item.reason, item.revision])).toEqual([
      ['auto', 4],
      ['create', 1],
    ]);
    expect(library.getRevision(id, revisions[0]!.id).fields.headline).toBe('v4');
  });

  it('snapshots when the clock was set back before the newest snapshot', () => {
    const clock = testClock('2025-03-01T08:00:00.000Z');
    const library = openTestLibrary({ now: clock.now });
    const { id } = library.create({ headline: 'v1' }, reporter);
    clock.set('2024-03-01T08:00:00.000Z');
    library.save({ id, baseRevision: 1, changes: { headline: 'v2' } }, reporter);
    expect(library.listRevisions(id).map((item) => item.reason)).toEqual(['auto', 'create']);
  });

  it('names a version of the current state without changing the article', () => {
    const library = openTestLibrary();
    const { id } = library.create(
      { headline: 'Avant relecture', body: paragraphs('Texte.') },
      reporter,
    );
    const named = library.nameRevision(id, '  Avant relecture  ', reporter);
    expect(named).toMatchObject({
      reason: 'named',
      name: 'Avant relecture',
      revision: 1,
      words: 1,
    });
    expect(library.get(id).revision).toBe(1);
    expect(library.getRevision(id, named.id)).toMatchObject({
      status: 'draft',
      fields: { headline: 'Avant relecture', body: paragraphs('Texte.') },
    });
  });

  it('restores a version as a new revision, keeping everything in between', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Version un', body: paragraphs('Un.') }, reporter);
    const first = library.nameRevision(id, 'Première', reporter);
    library.save(
      {
        id,
        baseRevision: 1,
        changes: { headline: 'Version deux', body: paragraphs('Deux mots.') },
      },
      reporter,
    );
    const restored = library.restoreRevision({ id, revisionId: first.id, baseRevision: 2 }, editor);
    expect(restored).toMatchObject({
      headline: 'Version un',
      body: paragraphs('Un.'),
      revision: 3,
      slug: 'version-un',
    });
    expect(restored.counts.words).toBe(1);
    expect(library.get(id)).toEqual(restored);
    expect(
      library.listRevisions(id).map((item) => [item.reason, item.revision, item.author]),
    ).toEqual([
      ['restore', 3, 'Chef Ndiaye'],
      ['named', 1, 'Awa Diop'],
      ['create', 1, 'Awa Diop'],
    ]);
    expect(library.list({ text: 'deux' }).total).toBe(0);
    expect(library.list({ text: 'un' }).total).toBe(1);
  });

  it('refuses a restore based on an old revision', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'A' }, reporter);
    const [created] = library.listRevisions(id);
    library.save({ id, baseRevision: 1, changes: { headline: 'B' } }, reporter);
    const error = appErrorOf(() =>
      library.restoreRevision({ id, revisionId: created!.id, baseRevision: 1 }, reporter),
    );
    expect(error.code).toBe('conflict');
    expect(library.get(id).headline).toBe('B');
  });

  it("answers 'not_found' for a revision of another article", () => {
    const library = openTestLibrary();
    const one = library.create({ headline: 'A' }, reporter);
    const other = library.create({ headline: 'B' }, reporter);
    const [revision] = library.listRevisions(other.id);
    expect(appErrorOf(() => library.getRevision(one.id, revision!.id)).code).toBe('not_found');
  });

  it('thins old automatic snapshots while saving: after 20 days of edits every 2 hours', () => {
    const clock = testClock('2025-01-01T00:00:00.000Z');
    const library = openTestLibrary({ now: clock.now });
    const { id } = library.create({ headline: 'v0' }, reporter);
    library.nameRevision(id, 'Gardée', reporter);
    let revision = 1;
    for (let hour = 2; hour <= 20 * 24; hour += 2) {
      clock.advance(minutes(120));
      revision = library.save(
        { id, baseRevision: revision, changes: { headline: `v${hour}` } },
        reporter,
      ).revision;
    }
    const revisions = library.listRevisions(id);
    const autos = revisions.filter((item) => item.reason === 'auto');
    expect(revisions.some((item) => item.reason === 'named' && item.name === 'Gardée')).toBe(true);
    expect(revisions.some((item) => item.reason === 'create')).toBe(true);
    // Every one of the last 7 days (12 a day), then one a day for the 13 days before.
    expect(autos.length).toBeGreaterThanOrEqual(7 * 12 + 12);
    expect(autos.length).toBeLessThanOrEqual(7 * 12 + 14);
    const week = Date.parse(clock.now().toISOString()) - 7 * 24 * minutes(60);
    const olderDays = autos
      .filter((item) => Date.parse(item.createdAt) < week)
      .map((item) => item.createdAt.slice(0, 10));
    expect(new Set(olderDays).size).toBe(olderDays.length);
    expect(autos[0]!.revision).toBe(revision);
  });
});

describe('status changes', () => {
  it('records who moved the article from which status to which, with a snapshot and a new revision', () => {
    const clock = testClock('2025-03-01T08:00:00.000Z');
    const library = openTestLibrary({ now: clock.now });
    const { id } = library.create(
      {
        headline: 'Dépêche',
        standfirst: 'Chapô.',
        bylines: [{ name: 'Awa Diop', role: 'author' }],
      },
      reporter,
    );
    clock.advance(minutes(1));
    const submitted = library.setStatus(
      { id, baseRevision: 1, status: 'submitted', note: 'Prêt' },
      reporter,
    );
    clock.advance(minutes(1));
    library.setStatus({ id, baseRevision: 2, status: 'approved', note: '' }, editor);
    expect(submitted).toMatchObject({ status: 'submitted', revision: 2 });
    expect(library.get(id)).toMatchObject({ status: 'approved', revision: 3 });
    expect(
      library.statusLog(id).map(({ from, to, by, role, note, revision, at }) => ({
        from,
        to,
        by,
        role,
        note,
        revision,
        at,
      })),
    ).toEqual([
      {
        from: null,
        to: 'draft',
        by: 'Awa Diop',
        role: 'reporter',
        note: '',
        revision: 1,
        at: '2025-03-01T08:00:00.000Z',
      },
      {
        from: 'draft',
        to: 'submitted',
        by: 'Awa Diop',
        role: 'reporter',
        note: 'Prêt',
        revision: 2,
        at: '2025-03-01T08:01:00.000Z',
      },
      {
        from: 'submitted',
        to: 'approved',
        by: 'Chef Ndiaye',
        role: 'editor',
        note: '',
        revision: 3,
        at: '2025-03-01T08:02:00.000Z',
      },
    ]);
    expect(library.listRevisions(id).map((item) => [item.reason, item.revision])).toEqual([
      ['status', 3],
      ['status', 2],
      ['create', 1],
    ]);
  });

  it('refuses a status change based on an old revision', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'A' }, reporter);
    library.save({ id, baseRevision: 1, changes: { headline: 'B' } }, reporter);
    expect(
      appErrorOf(() =>
        library.setStatus({ id, baseRevision: 1, status: 'spiked', note: '' }, editor),
      ).code,
    ).toBe('conflict');
    expect(library.get(id).status).toBe('draft');
    expect(library.statusLog(id)).toHaveLength(1);
  });
});
