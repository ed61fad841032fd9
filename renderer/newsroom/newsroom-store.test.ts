import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { NewsroomState } from '../../shared/newsroom/newsroom-state';
import { newsroomState } from './newsroom-store';

const connected: NewsroomState = {
  connection: 'connected',
  link: { address: 'ws://10.0.0.2:4321', libraryId: 'L', name: 'Awa Diop', role: 'reporter' },
  waiting: {},
  refusal: null,
};

const fakeApi = (connect: () => unknown) => {
  let listener: (state: NewsroomState) => void = () => undefined;
  return {
    api: {
      newsroom: {
        connect: vi.fn(() => Promise.resolve(connect())),
        disconnect: vi.fn(() =>
          Promise.resolve({ ok: true, value: { ...connected, connection: 'none', link: null } }),
        ),
        state: vi.fn(() => Promise.resolve({ ok: true, value: connected })),
      },
      events: {
        onNewsroomChanged: vi.fn((next: (state: NewsroomState) => void) => {
          listener = next;
          return () => undefined;
        }),
      },
    },
    push: (state: NewsroomState) => listener(state),
  };
};

describe('newsroom store', () => {
  it('closes the dialog on a successful connection and follows the host’s state', async () => {
    const { api, push } = fakeApi(() => ({ ok: true, value: connected }));
    const store = createStore(newsroomState(api as never));
    store.getState().follow();
    store.getState().openDialog();
    expect(await store.getState().connect('10.0.0.2:4321', 'cdi_0123456789')).toBe(true);
    expect(api.newsroom.connect).toHaveBeenCalledWith({
      address: '10.0.0.2:4321',
      invitation: 'cdi_0123456789',
    });
    expect(store.getState()).toMatchObject({ dialogOpen: false, newsroom: connected });
    push({ ...connected, connection: 'offline' });
    expect(store.getState().newsroom?.connection).toBe('offline');
  });

  it('keeps the dialog open with the error when the host refuses', async () => {
    const error = { code: 'not_found', message: 'unknown invitation' };
    const { api } = fakeApi(() => ({ ok: false, error }));
    const store = createStore(newsroomState(api as never));
    store.getState().openDialog();
    expect(await store.getState().connect('10.0.0.2:4321', 'cdi_0123456789')).toBe(false);
    expect(store.getState()).toMatchObject({ dialogOpen: true, connecting: false, error });
  });
});
