import { describe, expect, it } from 'vitest';
import { appErrorOf } from '../testing/app-error-of';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';

describe('trash', () => {
  it('leaves trashed articles out of the list, search, facets and stats, and shows them in the trash view', () => {
    const library = openTestLibrary();
    const kept = library.create(
      { headline: 'Gardé', section: 'Sport', body: paragraphs('Match nul.') },
      reporter,
    );
    const trashed = library.create(
      {
        headline: 'Jeté',
        section: 'Culture',
        tags: ['cinéma'],
        body: paragraphs('Festival du film.'),
      },
      reporter,
    );
    library.trash(trashed.id);
    expect(library.list({}).items.map((item) => item.id)).toEqual([kept.id]);
    expect(library.list({ text: 'festival' }).total).toBe(0);
    expect(library.facets()).toMatchObject({ sections: ['Sport'], tags: [] });
    expect(library.stats()).toMatchObject({ articles: 1, trashed: 1 });
    expect(library.info().articleCount).toBe(1);
    const trash = library.list({ trash: true });
    expect(trash.items.map((item) => item.id)).toEqual([trashed.id]);
    expect(trash.items[0]!.trashedAt).not.toBeNull();
    expect(library.list({ trash: true, text: 'festival' }).total).toBe(1);
  });

  it('restores an article as it was, revision unchanged, so an open editor can go on saving', () => {
    const library = openTestLibrary();
    const article = library.create(
      { headline: 'Retour', body: paragraphs('Texte intact.') },
      reporter,
    );
    library.trash(article.id);
    const restored = library.restore(article.id);
    expect(restored).toEqual({ ...article, trashedAt: null });
    expect(library.list({ text: 'intact' }).total).toBe(1);
    expect(
      library.save({ id: article.id, baseRevision: 1, changes: { headline: 'Encore' } }, reporter)
        .revision,
    ).toBe(2);
  });

  it('empties the trash for good: articles, revisions and search rows; returns the count', () => {
    const library = openTestLibrary();
    const kept = library.create({ headline: 'Gardé' }, reporter);
    const ids = ['Un', 'Deux'].map(
      (headline) => library.create({ headline, body: paragraphs('Éphémère.') }, reporter).id,
    );
    for (const id of ids) library.trash(id);
    expect(library.emptyTrash()).toBe(2);
    expect(library.emptyTrash()).toBe(0);
    expect(library.list({ trash: true }).total).toBe(0);
    expect(library.list({ trash: true, text: 'éphémère' }).total).toBe(0);
    expect(appErrorOf(() => library.get(ids[0]!)).code).toBe('not_found');
    expect(appErrorOf(() => library.listRevisions(ids[0]!)).code).toBe('not_found');
    expect(library.get(kept.id).headline).toBe('Gardé');
    expect(library.listRevisions(kept.id)).toHaveLength(1);
    expect(library.create({ headline: 'Un' }, reporter).slug).toBe('un');
  });
});
