import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { shareLibraryState } from './share-library-store';

const storeWith = (answer: unknown) => {
  const share = vi.fn(() => Promise.resolve(answer));
  return { share, store: createStore(shareLibraryState({ newsroom: { share } } as never)) };
};

describe('share library store', () => {
  it('asks the host to share and keeps the address desks connect to', async () => {
    const { share, store } = storeWith({ ok: true, value: { url: 'ws://192.168.1.20:4455' } });
    store.getState().openDialog();
    await store.getState().share('0.0.0.0', 4455);
    expect(share).toHaveBeenCalledWith({ host: '0.0.0.0', port: 4455 });
    expect(store.getState()).toMatchObject({
      dialogOpen: true,
      sharing: false,
      url: 'ws://192.168.1.20:4455',
      error: null,
    });
  });

  it('shows why sharing failed', async () => {
    const error = { code: 'unavailable', message: '127.0.0.1:4455 is already in use.' };
    const { store } = storeWith({ ok: false, error });
    await store.getState().share('127.0.0.1', 4455);
    expect(store.getState()).toMatchObject({ sharing: false, url: null, error });
  });
});
