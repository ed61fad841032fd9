import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { CopydeskApi } from '../../shared/ipc/api';
import { libraryInfoState } from './library-info-store';

const compaction = { bytesBefore: 3_000, bytesAfter: 1_000, backup: '/lib/before.sqlite' };

const storeWith = (compact: CopydeskApi['library']['compact']) =>
  createStore(libraryInfoState({ library: { compact } as unknown as CopydeskApi['library'] }));

describe('library info store: compact', () => {
  it('is busy while the library compacts and answers the sizes and the backup', async () => {
    let finish: (value: { ok: true; value: typeof compaction }) => void = () => undefined;
    const compact = vi.fn(
      () => new Promise<{ ok: true; value: typeof compaction }>((resolve) => (finish = resolve)),
    );
    const store = storeWith(compact);
    const outcome = store.getState().compact();
    expect(store.getState().busy).toBe(true);
    finish({ ok: true, value: compaction });
    expect(await outcome).toEqual({ kind: 'done', value: compaction });
    expect(store.getState().busy).toBe(false);
    expect(compact).toHaveBeenCalledWith({});
  });

  it('passes a failure on and is no longer busy', async () => {
    const error = { code: 'read_only', message: 'Nothing was saved.' } as const;
    const store = storeWith(vi.fn(() => Promise.resolve({ ok: false as const, error })));
    expect(await store.getState().compact()).toEqual({ kind: 'failed', error });
    expect(store.getState().busy).toBe(false);
  });
});
