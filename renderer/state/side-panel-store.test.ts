import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { keepOneSidePanelOpen, storePanel } from './one-side-panel';

const panelStore = (panelOpen: boolean) =>
  create<{ panelOpen: boolean; setPanelOpen: (open: boolean) => void }>()((set) => ({
    panelOpen,
    setPanelOpen: (open) => set({ panelOpen: open }),
  }));

describe('one side panel at a time', () => {
  it('closes the open panels when another one opens, however it was opened', () => {
    const details = panelStore(true);
    const comments = panelStore(false);
    const suggestions = panelStore(false);
    const stop = keepOneSidePanelOpen([details, comments, suggestions].map(storePanel));

    comments.getState().setPanelOpen(true);
    expect([details, comments, suggestions].map((store) => store.getState().panelOpen)).toEqual([
      false,
      true,
      false,
    ]);

    suggestions.setState({ panelOpen: true });
    expect([details, comments, suggestions].map((store) => store.getState().panelOpen)).toEqual([
      false,
      false,
      true,
    ]);

    suggestions.getState().setPanelOpen(false);
    details.getState().setPanelOpen(true);
    expect([details, comments, suggestions].map((store) => store.getState().panelOpen)).toEqual([
      true,
      false,
      false,
    ]);

    stop();
    comments.getState().setPanelOpen(true);
    expect(details.getState().panelOpen).toBe(true);
  });

  it('leaves the others alone when a panel closes or an unrelated field changes', () => {
    const details = panelStore(true);
    const comments = panelStore(false);
    keepOneSidePanelOpen([details, comments].map(storePanel));
    comments.setState({});
    comments.getState().setPanelOpen(false);
    expect(details.getState().panelOpen).toBe(true);
  });
});
