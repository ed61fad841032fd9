import { describe, expect, it } from 'vitest';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';

describe('facets and stats', () => {
  it('offers the distinct sections, tags, byline names and languages in use', () => {
    const library = openTestLibrary();
    library.create(
      {
        section: 'Sport',
        tags: ['football', 'CAN'],
        bylines: [
          { name: 'Awa Diop', role: 'author' },
          { name: 'Moussa Sy', role: 'photographer' },
        ],
        language: 'fr',
      },
      reporter,
    );
    library.create(
      {
        section: 'Économie',
        tags: ['CAN'],
        bylines: [{ name: 'Awa Diop', role: 'author' }],
        language: 'en',
      },
      reporter,
    );
    library.create({}, reporter);
    expect(library.facets()).toEqual({
      sections: ['Sport', 'Économie'],
      tags: ['CAN', 'football'],
      bylines: ['Awa Diop', 'Moussa Sy'],
      languages: ['en', 'fr'],
    });
  });

  it('counts articles per status and their words', () => {
    const library = openTestLibrary();
    const first = library.create(
      {
        headline: 'Un',
        standfirst: 'Chapô.',
        bylines: [{ name: 'Awa Diop', role: 'author' }],
        body: paragraphs('Un deux trois.'),
      },
      reporter,
    );
    library.create({ body: paragraphs('Quatre cinq.') }, reporter);
    const editor = { name: 'Chef Ndiaye', role: 'editor' };
    library.setStatus({ id: first.id, baseRevision: 1, status: 'submitted', note: '' }, reporter);
    library.setStatus({ id: first.id, baseRevision: 2, status: 'approved', note: '' }, editor);
    library.setStatus({ id: first.id, baseRevision: 3, status: 'published', note: '' }, editor);
    expect(library.stats()).toEqual({
      byStatus: {
        draft: 1,
        submitted: 0,
        changes_requested: 0,
        approved: 0,
        published: 1,
        spiked: 0,
      },
      totalWords: 5,
      articles: 2,
      trashed: 0,
    });
  });
});
