import { describe, expect, it, vi } from 'vitest';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Result } from '../../shared/ipc/result';
import type { Article } from '../../shared/model/article';
import { createEditorSessionStore } from '../state/editor-session';
import { article, fakeHost, idFor } from '../state/testing/editor-fakes';
import { createConflictStore } from './conflict-store';

const A = idFor(1);
const conflict = {
  at: '2025-03-12T11:00:00.000Z',
  from: 'Claire Martin',
  localRevisionId: 4,
  packageRevisionId: 5,
};

const merged = {
  kind: 'merged' as const,
  at: '2025-03-12T11:00:00.000Z',
  from: 'Claire Martin',
  beforeRevisionId: 6,
  afterRevisionId: 7,
};

async function setup(marker: Article['conflict'] = conflict) {
  const host = fakeHost(article(1, { conflict: marker }), article(2));
  const session = createEditorSessionStore({ api: host.api, library: () => host.library });
  await session.getState().open(A);
  const refusal: { error: AppErrorShape | null } = { error: null };
  const resolveConflict = vi.fn(
    ({ id, baseRevision }: { id: string; baseRevision: number }): Promise<Result<Article>> => {
      if (refusal.error) return Promise.resolve({ ok: false, error: refusal.error });
      const stored = host.stored(id)!;
      if (stored.revision !== baseRevision)
        return Promise.resolve({ ok: false, error: { code: 'conflict', message: 'Changed.' } });
      host.changeHead(id, { conflict: null });
      return Promise.resolve({ ok: true, value: structuredClone(host.stored(id)!) });
    },
  );
  const calls: string[] = [];
  const compare = vi.fn(() => {
    calls.push('compare');
    return Promise.resolve(true);
  });
  const revisions = {
    load: vi.fn(() => {
      calls.push('load');
      return Promise.resolve();
    }),
    setPanelOpen: vi.fn(() => void calls.push('setPanelOpen')),
    setComparing: vi.fn(() => void calls.push('setComparing')),
  };
  const library = { articleSaved: vi.fn() };
  const store = createConflictStore({
    api: { articles: { resolveConflict } },
    session: () => session.getState(),
    compare: () => ({ compare }),
    revisions: () => revisions,
    library: () => library,
  });
  return { host, session, store, resolveConflict, compare, revisions, library, refusal, calls };
}

describe('package conflict', () => {
  it('opens Versions on this library’s version beside the package’s', async () => {
    const { store, compare, revisions, calls } = await setup();
    await store.getState().compareVersions();
    expect(revisions.load).toHaveBeenCalledWith(A);
    expect(revisions.setPanelOpen).toHaveBeenCalledWith(true);
    expect(revisions.setComparing).toHaveBeenCalledWith(true);
    expect(calls).toEqual(['load', 'compare', 'setPanelOpen', 'setComparing']);
    expect(compare).toHaveBeenCalledWith(A, 4, 5);
  });

  it('opens Versions on the article before and after a merge: what came from the other desk', async () => {
    const { store, compare } = await setup(merged);
    await store.getState().compareVersions();
    expect(compare).toHaveBeenCalledWith(A, 6, 7);
  });

  it('saves pending edits, marks the conflict resolved on that revision and shows the article as stored', async () => {
    const { host, session, store, resolveConflict, library } = await setup();
    session.getState().setHeadline('Mali : la une tranchée');
    const generation = session.getState().generation;

    expect(await store.getState().resolve()).toBe(true);

    expect(host.updates).toHaveLength(1);
    expect(resolveConflict).toHaveBeenCalledWith({ id: A, baseRevision: 2 });
    expect(session.getState().article).toMatchObject({
      conflict: null,
      revision: 3,
      headline: 'Mali : la une tranchée',
    });
    expect(session.getState().generation).toBeGreaterThan(generation);
    expect(store.getState()).toMatchObject({ resolvingId: null, failure: null });
    expect(library.articleSaved).toHaveBeenCalledWith(
      expect.objectContaining({ id: A, inConflict: false, revision: 3 }),
    );
  });

  it('keeps the conflict and says why when the library refuses', async () => {
    const { session, store, refusal } = await setup();
    refusal.error = { code: 'read_only', message: 'The library is read-only.' };
    expect(await store.getState().resolve()).toBe(false);
    expect(store.getState()).toMatchObject({
      resolvingId: null,
      failure: { articleId: A, error: refusal.error },
    });
    expect(session.getState().article?.conflict).toEqual(conflict);
  });

  it('does nothing for an article without a conflict', async () => {
    const { session, store, resolveConflict } = await setup();
    await session.getState().open(idFor(2));
    expect(await store.getState().resolve()).toBe(false);
    expect(resolveConflict).not.toHaveBeenCalled();
  });
});
