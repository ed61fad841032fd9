import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../../../shared/ipc/contract';
import { articleCounts, articleWords } from '../../../../shared/text/article-counts';
import { countDocument } from '../../../../shared/text/count-document';
import type { Library } from '../library';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';
import { testClock } from '../testing/test-clock';

const start = '\uE000';
const end = '\uE001';

const newsroom = (): {
  library: Library;
  ids: Record<string, string>;
  clock: ReturnType<typeof testClock>;
} => {
  const clock = testClock('2025-03-01T08:00:00.000Z');
  const library = openTestLibrary({ now: clock.now });
  const drafts: Record<string, ArticleDraft> = {
    mali: {
      headline: 'Mali : le colonel Assimi Goïta promet des élections',
      standfirst: 'La transition devrait durer encore deux ans.',
      section: 'Afrique',
      tags: ['Mali', 'politique'],
      bylines: [{ name: 'Awa Diop', role: 'author' }],
      language: 'fr',
      deadline: '2025-03-02T10:00:00.000Z',
      body: paragraphs(
        "Le chef de la junte s'est exprimé à Bamako.",
        'Les partis réclament un calendrier électoral.',
      ),
    },
    senegal: {
      headline: 'Sénégal : la campagne électorale est lancée',
      section: 'Afrique',
      tags: ['Sénégal'],
      bylines: [
        { name: 'Moussa Sy', role: 'author' },
        { name: 'Awa Diop', role: 'contributor' },
      ],
      language: 'fr',
      deadline: '2025-03-01T20:00:00.000Z',
      body: paragraphs('Le coup d’envoi de la campagne a été donné samedi à Dakar.'),
    },
    economy: {
      headline: 'Économie : la BCEAO maintient son taux directeur',
      section: 'Économie',
      tags: ['monnaie'],
      bylines: [{ name: 'Fatou Ba', role: 'author' }],
      language: 'fr',
      body: paragraphs("La banque centrale n'a pas bougé ses taux malgré l'inflation."),
    },
    english: {
      headline: 'Election season opens in Dakar',
      section: 'World',
      tags: ['Senegal'],
      bylines: [{ name: 'John Smith', role: 'author' }],
      language: 'en',
      body: paragraphs('Campaigning for the presidential election began on Saturday.'),
    },
  };
  const ids: Record<string, string> = {};
  for (const [key, draft] of Object.entries(drafts)) {
    clock.advance(60_000);
    ids[key] = library.create(draft, reporter).id;
  }
  return { library, ids, clock };
};

const headlinesOf = (library: Library, query: Parameters<Library['list']>[0]): string[] =>
  library.list(query).items.map((item) => item.headline);

describe('list', () => {
  it('lists newest updated first by default, with totals and paging', () => {
    const { library } = newsroom();
    const page = library.list({ limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((item) => item.headline)).toEqual([
      'Election season opens in Dakar',
      'Économie : la BCEAO maintient son taux directeur',
    ]);
    const next = library.list({ limit: 2, offset: 2 });
    expect(next).toMatchObject({ total: 4, offset: 2 });
    expect(next.items.map((item) => item.headline)).toEqual([
      'Sénégal : la campagne électorale est lancée',
      'Mali : le colonel Assimi Goïta promet des élections',
    ]);
  });

  it('returns summaries without the body', () => {
    const { library } = newsroom();
    const [item] = library.list({ limit: 1 }).items;
    expect(item).not.toHaveProperty('body');
    expect(item!.words - articleWords(item!, 0)).toBe(8);
    expect(item).toMatchObject({
      status: 'draft',
      bylines: [{ name: 'John Smith', role: 'author' }],
    });
  });

  it('lists the words the status bar shows after a save: headline, standfirst and final body', () => {
    const library = openTestLibrary();
    const headline = 'Voir https://example.org/a:b?c=1 maintenant';
    const created = library.create(
      { headline, language: 'fr', body: paragraphs('Brouillon') },
      reporter,
    );
    const body = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Écrire à redaction@journal.ml ' },
            { type: 'text', text: 'samedi', marks: [{ type: 'suggestionDeletion' }] },
            { type: 'text', text: 'vendredi', marks: [{ type: 'suggestionInsertion' }] },
          ],
        },
      ],
    };
    const standfirst = 'À 10:30, le 12/03/2026.';
    const saved = library.save(
      { id: created.id, baseRevision: created.revision, changes: { standfirst, body } },
      reporter,
    );
    const statusBar = articleCounts({ headline, standfirst }, countDocument(body)).article.words;
    expect(saved.counts.words).toBe(4);
    expect(statusBar).toBe(3 + 4 + 4);
    expect(library.list({ limit: 1 }).items[0]!.words).toBe(statusBar);
  });

  it('sorts by headline ignoring case and accents, by created, and by deadline with undated last', () => {
    const { library } = newsroom();
    expect(headlinesOf(library, { sort: 'headline', direction: 'asc' })).toEqual([
      'Économie : la BCEAO maintient son taux directeur',
      'Election season opens in Dakar',
      'Mali : le colonel Assimi Goïta promet des élections',
      'Sénégal : la campagne électorale est lancée',
    ]);
    expect(headlinesOf(library, { sort: 'created', direction: 'asc' })[0]).toMatch(/^Mali/);
    const byDeadline = headlinesOf(library, { sort: 'deadline', direction: 'asc' });
    expect(byDeadline.slice(0, 2)).toEqual([
      'Sénégal : la campagne électorale est lancée',
      'Mali : le colonel Assimi Goïta promet des élections',
    ]);
    expect(headlinesOf(library, { sort: 'deadline', direction: 'desc' }).slice(0, 2)).toEqual([
      'Mali : le colonel Assimi Goïta promet des élections',
      'Sénégal : la campagne électorale est lancée',
    ]);
  });

  it('moves an article up when it is saved', () => {
    const { library, ids, clock } = newsroom();
    clock.advance(60_000);
    library.save(
      { id: ids.mali!, baseRevision: 1, changes: { standfirst: 'Mise à jour' } },
      reporter,
    );
    expect(headlinesOf(library, {})[0]).toMatch(/^Mali/);
  });

  it('filters by status, section, byline, tag, language and update range', () => {
    const { library, ids } = newsroom();
    library.setStatus(
      { id: ids.senegal!, baseRevision: 1, status: 'submitted', note: '' },
      reporter,
    );
    expect(headlinesOf(library, { statuses: ['submitted'] })).toEqual([
      'Sénégal : la campagne électorale est lancée',
    ]);
    expect(library.list({ statuses: ['draft', 'submitted'] }).total).toBe(4);
    expect(library.list({ section: 'afrique' }).total).toBe(2);
    expect(library.list({ byline: 'Awa Diop' }).total).toBe(2);
    expect(
      library.list({ byline: 'awa diop', section: 'Afrique', statuses: ['draft'] }).total,
    ).toBe(1);
    expect(headlinesOf(library, { tag: 'Senegal' })).toEqual(['Election season opens in Dakar']);
    expect(headlinesOf(library, { language: 'en' })).toEqual(['Election season opens in Dakar']);
    expect(
      library.list({
        updatedFrom: '2025-03-01T09:01:00+01:00',
        updatedTo: '2025-03-01T08:03:00.000Z',
      }).total,
    ).toBe(2);
  });
});

describe('search', () => {
  it('ignores accents and case both ways', () => {
    const { library } = newsroom();
    expect(headlinesOf(library, { text: 'goita' })).toEqual([
      'Mali : le colonel Assimi Goïta promet des élections',
    ]);
    expect(headlinesOf(library, { text: 'GOÏTA' })).toHaveLength(1);
    expect(library.list({ text: 'election' }).total).toBe(2);
    expect(library.list({ text: 'electoral' }).total).toBe(2);
    expect(library.list({ text: 'économie' }).total).toBe(1);
    expect(library.list({ text: 'senegal' }).total).toBe(2);
  });

  it('matches prefixes as you type and requires every word', () => {
    const { library } = newsroom();
    expect(library.list({ text: 'électo' }).total).toBe(2);
    expect(headlinesOf(library, { text: 'camp dak' })).toHaveLength(2);
    expect(headlinesOf(library, { text: 'campagne samedi' })).toEqual([
      'Sénégal : la campagne électorale est lancée',
    ]);
  });

  it('searches phrases in quotes', () => {
    const { library } = newsroom();
    expect(headlinesOf(library, { text: '"banque centrale"' })).toHaveLength(1);
    expect(library.list({ text: '"centrale banque"' }).total).toBe(0);
    expect(headlinesOf(library, { text: '"coup d’envoi"' })).toEqual([
      'Sénégal : la campagne électorale est lancée',
    ]);
  });

  it('searches standfirst, bylines and tags', () => {
    const { library } = newsroom();
    expect(library.list({ text: 'transition' }).total).toBe(1);
    expect(library.list({ text: 'fatou' }).total).toBe(1);
    expect(library.list({ text: 'monnaie' }).total).toBe(1);
  });

  it('ranks headline matches first and highlights matches in snippets', () => {
    const { library } = newsroom();
    const page = library.list({ text: 'dakar', sort: 'relevance' });
    expect(page.items.map((item) => item.headline)).toEqual([
      'Election season opens in Dakar',
      'Sénégal : la campagne électorale est lancée',
    ]);
    expect(page.items[0]!.snippet).toBe(`Election season opens in ${start}Dakar${end}`);
    expect(page.items[1]!.snippet).toContain(`${start}Dakar${end}`);
    const long = library.list({ text: 'calendrier' }).items[0]!.snippet!;
    expect(long).toContain(`${start}calendrier${end}`);
  });

  it('combines search with filters and other sorts; relevance without text falls back to updated', () => {
    const { library } = newsroom();
    expect(headlinesOf(library, { text: 'élection', language: 'fr' })).toEqual([
      'Mali : le colonel Assimi Goïta promet des élections',
    ]);
    expect(headlinesOf(library, { text: 'electi', sort: 'headline', direction: 'asc' })[0]).toBe(
      'Election season opens in Dakar',
    );
    expect(headlinesOf(library, { sort: 'relevance' })).toEqual(
      headlinesOf(library, { sort: 'updated' }),
    );
  });

  it('never fails on hostile input: FTS syntax is searched as text or ignored', () => {
    const { library } = newsroom();
    for (const text of [
      '"',
      '*',
      'AND (',
      'NEAR(',
      '^',
      'OR',
      '"unbalanced',
      ')(',
      'goita*',
      '-mali',
      'col:mali',
      '{headline}: x',
      "'; DROP TABLE articles; --",
      '\u0000',
    ]) {
      expect(() => library.list({ text }), text).not.toThrow();
    }
    expect(library.list({ text: '"' }).total).toBe(4);
    expect(library.list({ text: '*' }).total).toBe(4);
    expect(library.list({ text: 'NEAR(' }).total).toBe(0);
    expect(library.list({ text: 'mali AND (' }).total).toBe(0);
    expect(headlinesOf(library, { text: '(goïta)' })).toHaveLength(1);
    expect(library.list({}).total).toBe(4);
  });

  it('finds the new text and forgets the old in the same save', () => {
    const { library, ids } = newsroom();
    library.save(
      {
        id: ids.economy!,
        baseRevision: 1,
        changes: { body: paragraphs('Le cacao bat des records.') },
      },
      reporter,
    );
    expect(library.list({ text: 'inflation' }).total).toBe(0);
    expect(headlinesOf(library, { text: 'cacao' })).toEqual([
      'Économie : la BCEAO maintient son taux directeur',
    ]);
    library.save(
      { id: ids.economy!, baseRevision: 2, changes: { headline: 'Le cacao flambe' } },
      reporter,
    );
    expect(headlinesOf(library, { text: 'flambe' })).toEqual(['Le cacao flambe']);
    expect(library.list({ text: 'BCEAO' }).total).toBe(0);
  });
});
