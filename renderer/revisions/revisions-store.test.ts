import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { EditorApi } from '../state/editor-api';
import { revisionsState } from './revisions-store';
import { sidePanelState } from '../state/side-panel-store';
import { idFor } from '../state/testing/editor-fakes';

const A = idFor(1);

function setup(restored: boolean) {
  const api = {
    list: vi.fn(() => Promise.resolve({ ok: true as const, value: [] })),
  } as unknown as EditorApi['revisions'];
  const state = {
    saveNow: vi.fn(() => Promise.resolve(true)),
    restoreRevision: vi.fn(() => Promise.resolve(restored)),
    failure: restored
      ? null
      : { action: 'restore' as const, error: { code: 'conflict' as const, message: 'x' } },
  };
  const panels = createStore(sidePanelState(null));
  const store = createStore(revisionsState(api, { getState: () => state }, panels));
  return { store, state, api, panels };
}

describe('versions panel', () => {
  it('switches between the list, the comparison and the name form', async () => {
    const { store } = setup(true);
    await store.getState().load(A);
    store.getState().setComparing(true);
    expect(store.getState()).toMatchObject({ comparing: true, naming: false, preview: null });
    store.getState().setNaming(true);
    expect(store.getState()).toMatchObject({ comparing: false, naming: true });
    store.getState().setComparing(true);
    store.getState().setPanelOpen(false);
    expect(store.getState().comparing).toBe(false);
  });

  it('restores a whole version from the comparison and goes back to the list', async () => {
    const { store, state, api } = setup(true);
    await store.getState().load(A);
    store.getState().setComparing(true);
    expect(await store.getState().restore(7)).toBe(true);
    expect(state.restoreRevision).toHaveBeenCalledWith(7);
    expect(store.getState().comparing).toBe(false);
    expect(api.list).toHaveBeenCalledTimes(2);
  });

  it('keeps the comparison and says why when the restore fails', async () => {
    const { store } = setup(false);
    await store.getState().load(A);
    store.getState().setComparing(true);
    expect(await store.getState().restore(7)).toBe(false);
    expect(store.getState()).toMatchObject({
      comparing: true,
      failure: { action: 'restore', error: { code: 'conflict' } },
    });
  });

  it('goes back to its list when another side panel takes its place', async () => {
    const { store, panels } = setup(true);
    await store.getState().load(A);
    store.getState().setPanelOpen(true);
    store.getState().setComparing(true);
    panels.getState().setPanelOpen('comments', true);
    expect(store.getState().comparing).toBe(false);
    store.getState().setNaming(true);
    expect(panels.getState().sidePanel).toBe('versions');
    panels.getState().setPanelOpen('details', true);
    expect(store.getState().naming).toBe(false);
  });
});
