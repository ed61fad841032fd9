import { describe, expect, it } from 'vitest';
import { countDocument } from '../../../shared/text/count-document';
import { appErrorOf } from './testing/app-error-of';
import { openTestLibrary, paragraphs, reporter } from './testing/open-test-library';
import { testClock } from './testing/test-clock';

describe('create and save', () => {
  it('creates a draft at revision 1 with defaults, the draft language or French', () => {
    const clock = testClock('2025-03-01T08:00:00.000Z');
    const library = openTestLibrary({ now: clock.now });
    const article = library.create({ headline: 'Titre' }, reporter);
    expect(article).toMatchObject({
      status: 'draft',
      revision: 1,
      language: 'fr',
      createdAt: '2025-03-01T08:00:00.000Z',
      updatedAt: '2025-03-01T08:00:00.000Z',
      trashedAt: null,
      tags: [],
      bylines: [],
    });
    expect(library.create({ headline: 'Title', language: 'en-GB' }, reporter).language).toBe(
      'en-GB',
    );
    expect(library.get(article.id)).toEqual(article);
  });

  it('stores every field and returns it as written', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Brouillon' }, reporter);
    const fields = {
      headline: 'Inondations à Saint-Louis',
      standfirst: 'La ville se réveille sous les eaux.',
      section: 'Société',
      tags: ['climat', 'Sénégal'],
      bylines: [
        { name: 'Awa Diop', role: 'author' as const, affiliation: 'Dakar' },
        { name: 'Moussa Sy', role: 'photographer' as const },
      ],
      dateline: { place: 'SAINT-LOUIS', date: '2025-03-01' },
      language: 'fr-SN',
      deadline: '2025-03-01T18:00:00.000Z',
      embargo: '2025-03-02T06:00:00+01:00',
      targetLength: { value: 4500, unit: 'signes' as const },
      editorialNote: 'Vérifier les chiffres de la mairie.',
      typography: false,
      body: paragraphs('Premier paragraphe.', 'Deuxième paragraphe, plus long.'),
    };
    library.save({ id, baseRevision: 1, changes: fields }, reporter);
    expect(library.get(id)).toMatchObject({
      ...fields,
      revision: 2,
      counts: countDocument(fields.body),
    });
  });

  it('keeps the fields a save does not mention', () => {
    const library = openTestLibrary();
    const body = paragraphs('Le corps reste.');
    const { id } = library.create({ headline: 'A', body, tags: ['x'] }, reporter);
    library.save({ id, baseRevision: 1, changes: { standfirst: 'Chapô' } }, reporter);
    expect(library.get(id)).toMatchObject({
      headline: 'A',
      body,
      tags: ['x'],
      standfirst: 'Chapô',
    });
  });

  it('bumps the revision and updatedAt on every save and returns the stored counts and slug', () => {
    const clock = testClock();
    const library = openTestLibrary({ now: clock.now });
    const { id } = library.create({}, reporter);
    clock.advance(5_000);
    const body = paragraphs('Un deux trois quatre.');
    const result = library.save(
      { id, baseRevision: 1, changes: { headline: 'Quatre mots', body } },
      reporter,
    );
    expect(result).toEqual({
      id,
      revision: 2,
      updatedAt: clock.now().toISOString(),
      slug: 'quatre-mots',
      counts: countDocument(body),
    });
    expect(result.counts.words).toBe(4);
    // The list counts what the status bar counts: headline (2) and body (4).
    expect(library.list({}).items[0]?.words).toBe(6);
  });

  it('refuses a save based on an old revision as a conflict and writes nothing', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Original' }, reporter);
    library.save({ id, baseRevision: 1, changes: { headline: 'Onglet A' } }, reporter);
    const error = appErrorOf(() =>
      library.save({ id, baseRevision: 1, changes: { headline: 'Onglet B' } }, reporter),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed elsewhere/);
    expect(library.get(id)).toMatchObject({ headline: 'Onglet A', revision: 2 });
    expect(library.list({ text: 'onglet' }).items.map((item) => item.headline)).toEqual([
      'Onglet A',
    ]);
  });

  it('refuses to save a trashed article as a conflict', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Supprimé' }, reporter);
    library.trash(id);
    const error = appErrorOf(() =>
      library.save({ id, baseRevision: 1, changes: { headline: 'Non' } }, reporter),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/trash/);
    expect(library.get(id).headline).toBe('Supprimé');
  });

  it("answers 'not_found' for an unknown article", () => {
    const library = openTestLibrary();
    const id = '00000000-0000-4000-8000-000000000000';
    expect(appErrorOf(() => library.get(id)).code).toBe('not_found');
    expect(
      appErrorOf(() => library.save({ id, baseRevision: 1, changes: {} }, reporter)).code,
    ).toBe('not_found');
  });
});

describe('slugs', () => {
  it('follows the headline, folding accents and dropping punctuation', () => {
    const library = openTestLibrary();
    const article = library.create(
      { headline: 'Mali–Maroc : des chauffeurs marocains enlevés' },
      reporter,
    );
    expect(article.slug).toBe('mali-maroc-des-chauffeurs-marocains-enleves');
    const saved = library.save(
      { id: article.id, baseRevision: 1, changes: { headline: 'Élection à Bamako' } },
      reporter,
    );
    expect(saved.slug).toBe('election-a-bamako');
  });

  it('numbers colliding slugs -2, -3 … and keeps trashed articles’ slugs reserved', () => {
    const library = openTestLibrary();
    const slugs = ['Budget 2025', 'Budget 2025 !', 'budget 2025'].map(
      (headline) => library.create({ headline }, reporter).slug,
    );
    expect(slugs).toEqual(['budget-2025', 'budget-2025-2', 'budget-2025-3']);
    const first = library.list({ text: '', sort: 'created', direction: 'asc' }).items[0]!;
    library.trash(first.id);
    expect(library.create({ headline: 'Budget 2025' }, reporter).slug).toBe('budget-2025-4');
  });

  it('keeps its own numbered slug when saved again with the same headline', () => {
    const library = openTestLibrary();
    library.create({ headline: 'Météo' }, reporter);
    const second = library.create({ headline: 'Météo' }, reporter);
    const saved = library.save(
      { id: second.id, baseRevision: 1, changes: { headline: 'Météo', standfirst: 'x' } },
      reporter,
    );
    expect(saved.slug).toBe('meteo-2');
  });

  it('normalises a manual slug, keeps it when the headline changes, and returns to automatic when emptied', () => {
    const library = openTestLibrary();
    const { id } = library.create({ headline: 'Premier titre' }, reporter);
    const manual = library.save(
      { id, baseRevision: 1, changes: { slug: '  Mon Slug Spécial ! ' } },
      reporter,
    );
    expect(manual.slug).toBe('mon-slug-special');
    const renamed = library.save(
      { id, baseRevision: 2, changes: { headline: 'Autre titre', slug: 'mon-slug-special' } },
      reporter,
    );
    expect(renamed.slug).toBe('mon-slug-special');
    const automatic = library.save({ id, baseRevision: 3, changes: { slug: '' } }, reporter);
    expect(automatic.slug).toBe('autre-titre');
  });

  it('takes a slug named in the draft as manual', () => {
    const library = openTestLibrary();
    const article = library.create({ headline: 'Titre', slug: 'Choisi' }, reporter);
    expect(article.slug).toBe('choisi');
    expect(
      library.save({ id: article.id, baseRevision: 1, changes: { headline: 'Nouveau' } }, reporter)
        .slug,
    ).toBe('choisi');
  });

  it('refuses a body the editor cannot open, writing nothing', () => {
    const library = openTestLibrary();
    const doubled = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Gras', marks: [{ type: 'bold' }, { type: 'bold' }] }],
        },
      ],
    };
    const { id } = library.create({ headline: 'Titre', body: paragraphs('Texte.') }, reporter);
    const saving = appErrorOf(() =>
      library.save({ id, baseRevision: 1, changes: { body: doubled } }, reporter),
    );
    expect(saving).toMatchObject({ code: 'invalid' });
    expect(saving.message).toContain('Nothing is lost');
    expect(library.get(id)).toMatchObject({ revision: 1, body: paragraphs('Texte.') });
    const creating = appErrorOf(() =>
      library.create({ headline: 'Autre', body: doubled }, reporter),
    );
    expect(creating).toMatchObject({ code: 'invalid' });
    expect(library.list({}).total).toBe(1);
  });
});
