import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appErrorOf } from '../testing/app-error-of';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';

describe('a full disk', () => {
  it("answers 'disk_full', keeps the previous content, and saves again once space is back", () => {
    let connection: Database.Database | undefined;
    const library = openTestLibrary({ configureDatabase: (db) => (connection = db) });
    const { id } = library.create({ headline: 'Avant', body: paragraphs('Texte sûr.') }, reporter);
    const db = connection!;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const huge = paragraphs(
      ...Array.from({ length: 400 }, (_, index) => `Paragraphe ${index} `.repeat(40)),
    );
    const error = appErrorOf(() =>
      library.save({ id, baseRevision: 1, changes: { headline: 'Après', body: huge } }, reporter),
    );
    expect(error.code).toBe('disk_full');
    expect(error.message).toMatch(/disk is full/);
    expect(library.get(id)).toMatchObject({
      headline: 'Avant',
      body: paragraphs('Texte sûr.'),
      revision: 1,
    });
    expect(library.list({ text: 'paragraphe' }).total).toBe(0);
    db.pragma('max_page_count = 1073741823');
    expect(
      library.save({ id, baseRevision: 1, changes: { headline: 'Après', body: huge } }, reporter)
        .revision,
    ).toBe(2);
    expect(library.list({ text: 'paragraphe' }).total).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
