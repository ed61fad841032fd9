import { describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import type { WireSummary } from '../../shared/model/wire-entry';
import { wireState } from './wire-store';

const summary = (id: number, read: boolean): WireSummary => ({
  id,
  format: 'newsml-1.2',
  agency: 'afp.com',
  credit: 'AFP',
  itemId: `TX-${id}`,
  version: 1,
  headline: `Dépêche ${id}`,
  urgency: 4,
  subjects: [],
  versionCreated: null,
  receivedAt: '2026-12-07T08:00:00.000Z',
  notice: null,
  updated: false,
  read,
});

const fakeApi = () => {
  const entry = { ...summary(1, false), item: {} as never, source: 'a.xml' };
  return {
    wire: {
      list: vi.fn(() =>
        Promise.resolve({ ok: true as const, value: [summary(1, false), summary(2, true)] }),
      ),
      get: vi.fn(() => Promise.resolve({ ok: true as const, value: entry })),
      markRead: vi.fn(() => Promise.resolve({ ok: true as const, value: { id: 1 } })),
      take: vi.fn(() =>
        Promise.resolve({ ok: true as const, value: { id: 'new-article' } as never }),
      ),
      source: vi.fn(),
      dropFolder: vi.fn(({ clear }: { clear: boolean }) =>
        Promise.resolve(
          clear
            ? { ok: false as const, error: { code: 'unavailable', message: 'no dialog' } }
            : { ok: true as const, value: { folder: '/srv/feeds' } },
        ),
      ),
    },
  };
};

describe('the Wires view store', () => {
  it('sends the filters it has, marks a previewed item read, and opens the draft taken from it', async () => {
    const api = fakeApi();
    const articles = { refresh: vi.fn(() => Promise.resolve()), select: vi.fn() };
    const store = create(wireState(api as never, () => articles));
    store.getState().toggle();
    store.getState().setFilters({ urgencyAtMost: 2, text: 'archives' });
    await vi.waitFor(() =>
      expect(api.wire.list).toHaveBeenLastCalledWith({
        text: 'archives',
        unreadOnly: false,
        urgencyAtMost: 2,
      }),
    );
    await store.getState().select(1);
    expect(api.wire.markRead).toHaveBeenCalledWith({ id: 1 });
    expect(store.getState().items.find((item) => item.id === 1)?.read).toBe(true);
    await store.getState().take(1);
    expect(store.getState().open).toBe(false);
    expect(articles.refresh).toHaveBeenCalled();
    expect(articles.select).toHaveBeenCalledWith('new-article');
  });

  it('asks the host for the drop folder (a native dialog there), and shows why it could not', async () => {
    const api = fakeApi();
    const store = create(wireState(api as never, () => ({ refresh: vi.fn(), select: vi.fn() })));
    expect(await store.getState().chooseDropFolder(false)).toBe('/srv/feeds');
    expect(api.wire.dropFolder).toHaveBeenCalledWith({ clear: false });
    expect(await store.getState().chooseDropFolder(true)).toBeUndefined();
    expect(store.getState().error).toEqual({ code: 'unavailable', message: 'no dialog' });
  });
});
