import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { slugify } from '../../shared/text/slugify';
import { createEditorSessionStore } from './editor-session';
import { article, fakeHost, idFor } from './testing/editor-fakes';

const A = idFor(1);

async function setup() {
  const host = fakeHost(article(1));
  const session = createEditorSessionStore({ api: host.api, library: () => host.library });
  await session.getState().open(A);
  return { host, session };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('editor session metadata fields', () => {
  it('saves every changed field together in one save, and only those', async () => {
    const { host, session } = await setup();
    const { setField } = session.getState();
    setField('standfirst', 'Le chapô.');
    setField('section', 'Société');
    setField('tags', ['climat']);
    setField('tags', ['climat', 'Sénégal']);
    setField('bylines', [{ name: 'Awa Diop', role: 'author' }]);
    setField('dateline', { place: 'DAKAR', date: '2025-03-12' });
    setField('language', 'fr-SN');
    setField('deadline', '2025-03-12T18:00:00.000+00:00');
    setField('embargo', '2025-03-13T06:00:00.000+01:00');
    setField('targetLength', { value: 4500, unit: 'signes' });
    setField('editorialNote', 'Vérifier les chiffres.');
    setField('typography', false);
    expect(session.getState().article?.section).toBe('Société');

    await vi.advanceTimersByTimeAsync(900);

    expect(host.saves).toHaveLength(1);
    expect(host.saves[0]!.request.changes).toEqual({
      standfirst: 'Le chapô.',
      section: 'Société',
      tags: ['climat', 'Sénégal'],
      bylines: [{ name: 'Awa Diop', role: 'author' }],
      dateline: { place: 'DAKAR', date: '2025-03-12' },
      language: 'fr-SN',
      deadline: '2025-03-12T18:00:00.000+00:00',
      embargo: '2025-03-13T06:00:00.000+01:00',
      targetLength: { value: 4500, unit: 'signes' },
      editorialNote: 'Vérifier les chiffres.',
      typography: false,
    });
    expect(host.stored(A)).toMatchObject({ language: 'fr-SN', typography: false, revision: 2 });
  });

  it('refuses a value the model refuses, and never sends it', async () => {
    const { host, session } = await setup();
    expect(session.getState().setField('language', 'pas une langue')).toBe(false);
    expect(session.getState().setField('deadline', '12 mars')).toBe(false);
    expect(session.getState().article?.language).toBe('fr');
    await vi.advanceTimersByTimeAsync(900);
    expect(host.saves).toHaveLength(0);
  });

  it('shows the slug the library saved, not the one typed', async () => {
    const { host, session } = await setup();
    host.normaliseSlugs((slug) => `${slugify(slug)}-2`);
    session.getState().setField('slug', 'Mali–Maroc : enlèvement');
    expect(session.getState().article?.slug).toBe('Mali–Maroc : enlèvement');
    await vi.advanceTimersByTimeAsync(900);
    expect(host.saves[0]!.request.changes).toEqual({ slug: 'Mali–Maroc : enlèvement' });
    expect(session.getState().article?.slug).toBe('mali-maroc-enlevement-2');
  });
});
