import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../shared/model/article';
import type { ListQueryInput } from '../../shared/model/list-query';
import type { LibraryApi } from './library-store';
import { createLibraryStore } from './library-store';

const idFor = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

const summary = (index: number): ArticleSummary => ({
  id: idFor(index),
  headline: `Article ${index}`,
  standfirst: '',
  slug: `article-${index}`,
  status: 'draft',
  bylines: [],
  section: '',
  tags: [],
  language: 'fr',
  deadline: null,
  embargo: null,
  createdAt: '2025-03-12T10:00:00.000Z',
  updatedAt: '2025-03-12T10:00:00.000Z',
  revision: 1,
  trashedAt: null,
  words: 10,
  inConflict: false,
});

/** A library of `total` articles whose list answers wait until `release()`. */
function fakeLibrary(total: number) {
  const pending: (() => void)[] = [];
  const list = vi.fn((query: ListQueryInput) => {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 50;
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
      summary(offset + i),
    );
    return new Promise<{
      ok: true;
      value: { items: ArticleSummary[]; total: number; offset: number };
    }>((resolve) => pending.push(() => resolve({ ok: true, value: { items, total, offset } })));
  });
  const api = { articles: { list } } as unknown as LibraryApi;
  const release = async () => {
    while (pending.length > 0) pending.shift()!();
    await vi.waitFor(() => undefined);
    await Promise.resolve();
  };
  return { api, list, release };
}

describe('library store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads the first page of 50 and leaves room for the rest', async () => {
    const { api, list, release } = fakeLibrary(250);
    const store = createLibraryStore(api);
    const loading = store.getState().refresh();
    await release();
    await loading;
    const state = store.getState();
    expect(list).toHaveBeenCalledTimes(1);
    expect(list.mock.calls[0]![0]).toMatchObject({ offset: 0, limit: 50, trash: false });
    expect(state.total).toBe(250);
    expect(state.items).toHaveLength(250);
    expect(state.items[49]?.headline).toBe('Article 49');
    expect(state.items[50]).toBeUndefined();
  });

  it('fetches only the missing pages a visible range needs, once each', async () => {
    const { api, list, release } = fakeLibrary(250);
    const store = createLibraryStore(api);
    const first = store.getState().refresh();
    await release();
    await first;
    store.getState().ensureRange(10, 40);
    expect(list).toHaveBeenCalledTimes(1);
    store.getState().ensureRange(55, 80);
    store.getState().ensureRange(60, 90);
    expect(list).toHaveBeenCalledTimes(2);
    expect(list.mock.calls[1]![0]).toMatchObject({ offset: 50, limit: 50 });
    await release();
    expect(store.getState().items[80]?.headline).toBe('Article 80');
    store.getState().ensureRange(180, 260);
    expect(list.mock.calls[2]![0]).toMatchObject({ offset: 150 });
  });

  it('waits for a pause in typing before searching, then searches the last text', () => {
    const { api, list } = fakeLibrary(5);
    const store = createLibraryStore(api, { searchDelayMs: 150 });
    store.getState().setQuery({ text: 'é' });
    store.getState().setQuery({ text: 'él' });
    store.getState().setQuery({ text: 'élec' });
    expect(store.getState().query.text).toBe('élec');
    expect(list).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(list).toHaveBeenCalledTimes(1);
    expect(list.mock.calls[0]![0]).toMatchObject({ text: 'élec' });
  });

  it('applies a filter at once and sorts by relevance only while searching', () => {
    const { api, list } = fakeLibrary(5);
    const store = createLibraryStore(api);
    store.getState().setQuery({ statuses: ['submitted'], sort: 'relevance' });
    expect(list).toHaveBeenCalledTimes(1);
    expect(list.mock.calls[0]![0]).toMatchObject({ statuses: ['submitted'], sort: 'updated' });
    store.getState().setQuery({ text: 'mali' });
    vi.advanceTimersByTime(150);
    expect(list.mock.calls[1]![0]).toMatchObject({ text: 'mali', sort: 'relevance' });
  });

  it('ignores the answer to a query the user has already replaced', async () => {
    const answers: ((total: number) => void)[] = [];
    const list = vi.fn(
      () =>
        new Promise((resolve) =>
          answers.push((total) => resolve({ ok: true, value: { items: [], total, offset: 0 } })),
        ),
    );
    const store = createLibraryStore({ articles: { list } } as unknown as LibraryApi);
    const stale = store.getState().refresh();
    store.getState().setQuery({ trash: true });
    expect(list).toHaveBeenCalledTimes(2);
    answers[1]!(1);
    answers[0]!(250);
    await stale;
    await vi.waitFor(() => expect(store.getState().loading).toBe(false));
    expect(store.getState().total).toBe(1);
  });

  it('updates a saved row in place and removes a trashed one', async () => {
    const { api, release } = fakeLibrary(3);
    const trash = vi.fn(() => Promise.resolve({ ok: true, value: { id: idFor(1) } }));
    Object.assign(api.articles, { trash });
    const store = createLibraryStore(api);
    const loading = store.getState().refresh();
    await release();
    await loading;
    store.getState().select(idFor(1));
    store.getState().articleSaved({ id: idFor(0), headline: 'Mali–Maroc : enlèvement' });
    expect(store.getState().items[0]?.headline).toBe('Mali–Maroc : enlèvement');
    expect(await store.getState().trashArticle(idFor(1))).toBe(true);
    expect(store.getState().items.map((item) => item?.id)).toEqual([idFor(0), idFor(2)]);
    expect(store.getState().total).toBe(2);
    expect(store.getState().selectedId).toBeNull();
  });

  it('keeps the row and reports the error when trashing fails', async () => {
    const { api, release } = fakeLibrary(2);
    const error = { code: 'read_only' as const, message: 'The library is read-only.' };
    Object.assign(api.articles, { trash: vi.fn(() => Promise.resolve({ ok: false, error })) });
    const store = createLibraryStore(api);
    const loading = store.getState().refresh();
    await release();
    await loading;
    expect(await store.getState().trashArticle(idFor(0))).toBe(false);
    expect(store.getState().total).toBe(2);
    expect(store.getState().error).toEqual(error);
  });
});

describe('library store: ticked articles', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const loaded = async (total: number) => {
    const { api, release } = fakeLibrary(total);
    const store = createLibraryStore(api);
    const loading = store.getState().refresh();
    await release();
    await loading;
    return store;
  };
  const ticked = (store: Awaited<ReturnType<typeof loaded>>) =>
    [...store.getState().checkedIds].sort();

  it('toggles one article without opening it', async () => {
    const store = await loaded(5);
    store.getState().toggleChecked(idFor(1));
    store.getState().toggleChecked(idFor(3));
    expect(ticked(store)).toEqual([idFor(1), idFor(3)]);
    store.getState().toggleChecked(idFor(1));
    expect(ticked(store)).toEqual([idFor(3)]);
    expect(store.getState().selectedId).toBeNull();
  });

  it('ticks a range from the last ticked row, in either direction', async () => {
    const store = await loaded(8);
    store.getState().toggleChecked(idFor(5));
    store.getState().checkRange(idFor(2));
    expect(ticked(store)).toEqual([2, 3, 4, 5].map(idFor));
    store.getState().checkRange(idFor(6));
    expect(ticked(store)).toEqual([2, 3, 4, 5, 6].map(idFor));
  });

  it('ticks only the clicked row when there is no range start', async () => {
    const store = await loaded(4);
    store.getState().checkRange(idFor(2));
    expect(ticked(store)).toEqual([idFor(2)]);
  });

  it('forgets the ticks when the query changes or on request', async () => {
    const store = await loaded(4);
    store.getState().toggleChecked(idFor(0));
    store.getState().clearChecked();
    expect(ticked(store)).toEqual([]);
    store.getState().toggleChecked(idFor(1));
    store.getState().setQuery({ statuses: ['draft'] });
    expect(ticked(store)).toEqual([]);
  });
});
