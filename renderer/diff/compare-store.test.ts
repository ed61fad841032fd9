import { describe, expect, it, vi } from 'vitest';
import type { ParagraphRestore } from '../../shared/diff/paragraph-restore';
import type { RevisionSnapshot } from '../../shared/model/revision';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { createStore } from 'zustand/vanilla';
import { writeArticleChanges } from '../../shared/collab/write-article-changes';
import { createEditorSessionStore } from '../state/editor-session';
import { article, fakeHost, idFor, paragraphs } from '../state/testing/editor-fakes';
import { compareState } from './compare-store';

const A = idFor(1);
const versionBody = paragraphs(
  'Les chauffeurs ont été libérés samedi.',
  'Une enquête est ouverte.',
  'Fin.',
);

const snapshot: RevisionSnapshot = {
  id: 7,
  articleId: A,
  revision: 2,
  reason: 'named',
  name: 'v1',
  author: 'Awa',
  createdAt: '2025-03-12T10:00:00.000Z',
  words: 9,
  status: 'draft',
  fields: { ...article(1, { headline: 'Titre v1', body: versionBody }) },
};

async function setup(
  restoreInEditor: (restore: ParagraphRestore) => boolean | undefined = () => undefined,
) {
  const host = fakeHost(
    article(1, {
      revision: 3,
      body: paragraphs('Les chauffeurs ont été libérés dimanche.', 'Fin.'),
    }),
  );
  const session = createEditorSessionStore({ api: host.api, library: () => host.library });
  await session.getState().open(A);
  const get = vi.fn(() => Promise.resolve({ ok: true as const, value: structuredClone(snapshot) }));
  const api = { articles: host.api.articles, revisions: { ...host.api.revisions, get } };
  const compare = createStore(compareState(api, session, restoreInEditor));
  const type = (next: TiptapDocument) =>
    writeArticleChanges(session.getState().document!, { body: next }, 'typing');
  return { host, session, compare, type };
}

describe('comparing versions', () => {
  it('compares a version with the current text, saving pending typing first', async () => {
    const { compare, type, host } = await setup();
    type(paragraphs('Les chauffeurs ont été libérés dimanche.', 'Fin.', 'Tapé à l’instant.'));
    expect(await compare.getState().compare(A, 7, 'current')).toBe(true);
    expect(host.updates).toHaveLength(1);
    const comparison = compare.getState().comparison!;
    expect(comparison.blocks.map((block) => block.kind)).toEqual([
      'changed',
      'deleted',
      'same',
      'inserted',
    ]);
    expect(comparison.metadata).toEqual([
      { field: 'headline', before: 'Titre v1', after: 'Article 1' },
    ]);
    expect(comparison.counts).toEqual({ added: 4, removed: 5 });
  });

  it('reports a version that cannot be read', async () => {
    const { compare } = await setup();
    const failing = createStore(
      compareState(
        {
          articles: { get: vi.fn(), save: vi.fn() },
          revisions: {
            get: () =>
              Promise.resolve({ ok: false, error: { code: 'not_found', message: 'gone' } }),
          },
        } as never,
        { getState: () => ({}) } as never,
        () => undefined,
      ),
    );
    expect(await failing.getState().compare(A, 7, 'current')).toBe(false);
    expect(failing.getState().failure).toEqual({
      action: 'compare',
      error: { code: 'not_found', message: 'gone' },
    });
    expect(compare.getState().failure).toBeNull();
  });

  it('hands a paragraph restore to the open editor, then compares again', async () => {
    const restoreInEditor = vi.fn(() => true);
    const { compare } = await setup(restoreInEditor);
    await compare.getState().compare(A, 7, 'current');
    const deleted = compare
      .getState()
      .comparison!.blocks.findIndex((block) => block.kind === 'deleted');
    expect(await compare.getState().restoreParagraph(deleted)).toBe(true);
    expect(restoreInEditor).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'insert',
        index: 1,
        expected: 'Les chauffeurs ont été libérés dimanche.',
      }),
    );
  });

  it('without an open editor, saves the restored paragraph and reloads the text', async () => {
    const { compare, session, host } = await setup();
    await compare.getState().compare(A, 7, 'current');
    const generation = session.getState().generation;
    const deleted = compare
      .getState()
      .comparison!.blocks.findIndex((block) => block.kind === 'deleted');
    expect(await compare.getState().restoreParagraph(deleted)).toBe(true);
    const restored = paragraphs(
      'Les chauffeurs ont été libérés dimanche.',
      'Une enquête est ouverte.',
      'Fin.',
    );
    expect(host.stored(A)!.body).toEqual(restored);
    expect(session.getState().article?.body).toEqual(restored);
    expect(session.getState().generation).toBe(generation + 1);
  });

  it('refuses a paragraph restore when the editor says the text moved on', async () => {
    const { compare } = await setup(() => false);
    await compare.getState().compare(A, 7, 'current');
    expect(await compare.getState().restoreParagraph(0)).toBe(false);
    expect(compare.getState().failure).toEqual({ action: 'stale' });
  });

  it('offers no paragraph restore between two older versions', async () => {
    const restoreInEditor = vi.fn(() => true);
    const { compare } = await setup(restoreInEditor);
    await compare.getState().compare(A, 7, 7);
    expect(await compare.getState().restoreParagraph(0)).toBe(false);
    expect(restoreInEditor).not.toHaveBeenCalled();
  });
});
