import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article';
import type { TiptapNode } from '../model/tiptap-document';
import { typographyProfiles } from '../text/typography-profile';
import type { ReadinessCheckId } from './readiness';
import { blockingChecks, readinessChecks } from './readiness';

const now = new Date('2026-03-01T12:00:00.000Z');

const paragraph = (text: string, marks?: TiptapNode['marks']): TiptapNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});

const figure = (attrs: Record<string, string>): TiptapNode => ({
  type: 'figure',
  attrs: { src: 'asset://a.jpg', alt: 'Alt', caption: 'Légende', credit: 'AFP', ...attrs },
});

const ready: Article = {
  id: '0195a4a0-0000-7000-8000-000000000001',
  headline: 'Les pluies reviennent',
  seoTitle: '',
  socialTitle: '',
  metaDescription: '',
  standfirst: 'La saison commence tôt.',
  slug: 'les-pluies-reviennent',
  section: '',
  tags: [],
  bylines: [{ name: 'Awa Diop', role: 'author' }],
  dateline: { place: '', date: '' },
  language: 'fr',
  deadline: null,
  embargo: null,
  targetLength: null,
  editorialNote: '',
  typography: true,
  body: { type: 'doc', content: [paragraph('Il pleut\u202F! Enfin.'), figure({})] },
  status: 'submitted',
  counts: { words: 3, signes: 20, signesWithoutSpaces: 17 },
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  revision: 2,
  trashedAt: null,
  comments: [],
  handoffs: [],
  conflict: null,
};

const failedIds = (
  article: Article,
  options: Partial<Parameters<typeof readinessChecks>[1]> = {},
) =>
  readinessChecks(article, { now, ...options })
    .filter((check) => !check.ok)
    .map((check) => check.id);

const body = (...content: TiptapNode[]): Article['body'] => ({ type: 'doc', content });

const thread = (resolved: boolean): Article['comments'][number] => ({
  id: '5d0c2a51-86f2-4a8e-9f3a-0c1b2d3e4f50',
  quote: 'Kayes',
  messages: [
    {
      id: '6e1d3b62-97a3-4b9f-8a4b-1d2c3e4f5061',
      author: 'Moussa Keïta',
      at: now.toISOString(),
      text: 'Source ?',
    },
  ],
  resolved,
  resolvedBy: resolved ? 'Awa Diop' : null,
  resolvedAt: resolved ? now.toISOString() : null,
});

describe('readinessChecks', () => {
  it('passes every check of a complete French article', () => {
    expect(readinessChecks(ready, { now }).map((check) => [check.id, check.ok])).toEqual([
      ['headline_present', true],
      ['headline_length', true],
      ['standfirst_present', true],
      ['byline_present', true],
      ['images_complete', true],
      ['no_open_comments', true],
      ['no_pending_suggestions', true],
      ['embargo_passed', true],
      ['typography_clean', true],
    ]);
  });

  const cases: [string, Partial<Article>, ReadinessCheckId[]][] = [
    ['blank headline', { headline: '   ' }, ['headline_present']],
    ['101-character headline', { headline: 'x'.repeat(101) }, ['headline_length']],
    ['empty standfirst', { standfirst: ' ' }, ['standfirst_present']],
    ['no byline', { bylines: [] }, ['byline_present']],
    ['figure without credit', { body: body(figure({ credit: ' ' })) }, ['images_complete']],
    ['figure without alt', { body: body(figure({ alt: '' })) }, ['images_complete']],
    [
      'figure without caption',
      { body: body(paragraph('x'), figure({ caption: '' })) },
      ['images_complete'],
    ],
    ['open comment thread', { comments: [thread(false)] }, ['no_open_comments']],
    ['resolved comment thread', { comments: [thread(true)] }, []],
    [
      'pending suggestion',
      { body: body(paragraph('x', [{ type: 'suggestionInsertion', attrs: { id: 's1' } }])) },
      ['no_pending_suggestions'],
    ],
    ['future embargo', { embargo: '2026-03-01T12:00:01.000Z' }, ['embargo_passed']],
    ['embargo now', { embargo: '2026-03-01T13:00:00.000+01:00' }, []],
    ['straight apostrophe in the headline', { headline: "L'été" }, ['typography_clean']],
    ['missing space before ? in the standfirst', { standfirst: 'Pourquoi?' }, ['typography_clean']],
    [
      'straight quotes in a body block',
      { body: body(paragraph('Il dit "non"')) },
      ['typography_clean'],
    ],
    [
      'missing space before : in a figure caption',
      { body: body(paragraph('x'), figure({ caption: 'Bamako: la crue' })) },
      ['typography_clean'],
    ],
    [
      'straight apostrophe in a figure credit',
      { body: body(paragraph('x'), figure({ credit: "Photo d'Awa Diop" })) },
      ['typography_clean'],
    ],
    ['unclean but English', { language: 'en-GB', headline: "It's here!" }, []],
    ['unclean but typography off', { typography: false, headline: "L'été" }, []],
  ];

  it.each(cases)('%s', (_name, changes, expected) => {
    expect(failedIds({ ...ready, ...changes })).toEqual(expected);
  });

  it('omits typography_clean unless the article is French with typography on', () => {
    const ids = (article: Article) => readinessChecks(article, { now }).map((check) => check.id);
    expect(ids({ ...ready, language: 'en' })).not.toContain('typography_clean');
    expect(ids({ ...ready, typography: false })).not.toContain('typography_clean');
    expect(ids({ ...ready, language: 'fr-CA' })).toContain('typography_clean');
  });

  it('uses the configured headline length', () => {
    expect(failedIds({ ...ready, headline: 'Douze lettre' }, { headlineMaxLength: 11 })).toEqual([
      'headline_length',
    ]);
    const check = readinessChecks(
      { ...ready, headline: 'x'.repeat(12) },
      { now, headlineMaxLength: 11 },
    );
    expect(check[1]).toEqual({
      id: 'headline_length',
      ok: false,
      detail: '12 characters, at most 11',
      values: { count: 12, max: 11 },
    });
  });

  it('lists the headline variants only when the house requires them, missing or too long', () => {
    const limits = { seoTitle: 10, socialTitle: 10, metaDescription: 20 };
    expect(failedIds(ready)).toEqual([]);
    expect(failedIds(ready, { headlineVariants: limits })).toEqual(['headline_variants_present']);
    const written = { ...ready, seoTitle: 'Pluies', socialTitle: 'Il pleut', metaDescription: 'x' };
    expect(failedIds(written, { headlineVariants: limits })).toEqual([]);
    const long = readinessChecks(
      { ...written, seoTitle: 'Les pluies reviennent' },
      { now, headlineVariants: limits },
    ).find((check) => check.id === 'headline_variants_length');
    expect(long).toMatchObject({ ok: false, values: { count: 1 } });
    expect(blockingChecks([long!], 'approved')).toEqual([long]);
    expect(failedIds({ ...ready, socialTitle: 'Il pleut !' })).toEqual(['typography_clean']);
  });

  it('counts the incomplete images in the detail', () => {
    const article = {
      ...ready,
      body: body(figure({ alt: '' }), figure({}), figure({ credit: '' })),
    };
    expect(readinessChecks(article, { now })[4]).toEqual({
      id: 'images_complete',
      ok: false,
      detail: '2 of 3 images miss a caption, credit or alt text',
      values: { count: 2, total: 3 },
    });
  });

  it('checks typography with the house profile', () => {
    const canadian = { ...ready, body: body(paragraph('Il pleut! Enfin.')) };
    expect(failedIds(canadian)).toEqual(['typography_clean']);
    expect(failedIds(canadian, { typographyProfile: typographyProfiles['fr-CA'] })).toEqual([]);
  });
});

describe('blockingChecks', () => {
  const checks = readinessChecks(
    { ...ready, standfirst: '', embargo: '2027-01-01T00:00:00Z' },
    { now },
  );
  const blocking = (to: Parameters<typeof blockingChecks>[1]) =>
    blockingChecks(checks, to).map((check) => check.id);

  it('gates approval on everything but the embargo', () => {
    expect(blocking('approved')).toEqual(['standfirst_present']);
  });

  it('gates publishing on the embargo too', () => {
    expect(blocking('published')).toEqual(['standfirst_present', 'embargo_passed']);
  });

  it('does not gate other moves', () => {
    expect(blocking('submitted')).toEqual([]);
    expect(blocking('spiked')).toEqual([]);
  });
});

describe('pending suggestions', () => {
  it('counts one suggestion once however many text runs it spans', () => {
    const insertion = { type: 'suggestionInsertion', attrs: { id: 's1' } };
    const article = {
      ...ready,
      body: body(paragraph('un', [insertion]), paragraph('deux', [insertion, { type: 'bold' }])),
    };
    const check = readinessChecks(article, { now }).find(
      (item) => item.id === 'no_pending_suggestions',
    );
    expect(check?.values).toEqual({ count: 1 });
  });

  it('counts a replacement (struck and inserted text sharing an id) once, as the panel lists it', () => {
    const article = {
      ...ready,
      body: body(
        paragraph('samedi', [{ type: 'suggestionDeletion', attrs: { id: 's1' } }]),
        paragraph('vendredi', [{ type: 'suggestionInsertion', attrs: { id: 's1' } }]),
      ),
    };
    const check = readinessChecks(article, { now }).find(
      (item) => item.id === 'no_pending_suggestions',
    );
    expect(check?.values).toEqual({ count: 1 });
  });
});
