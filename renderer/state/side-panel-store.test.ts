import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { SidePanel } from './side-panel-store';
import { sidePanelState } from './side-panel-store';

const panelStore = (open: SidePanel | null) => {
  const store = createStore(sidePanelState(open));
  const panel = (name: SidePanel) => ({
    isOpen: () => store.getState().sidePanel === name,
    setPanelOpen: (isOpen: boolean) => store.getState().setPanelOpen(name, isOpen),
  });
  return {
    store,
    details: panel('details'),
    comments: panel('comments'),
    suggestions: panel('suggestions'),
  };
};

describe('one side panel at a time', () => {
  it('closes the open panels when another one opens, however it was opened', () => {
    const { store, details, comments, suggestions } = panelStore('details');

    comments.setPanelOpen(true);
    expect([details, comments, suggestions].map((panel) => panel.isOpen())).toEqual([
      false,
      true,
      false,
    ]);

    store.setState({ sidePanel: 'suggestions' });
    expect([details, comments, suggestions].map((panel) => panel.isOpen())).toEqual([
      false,
      false,
      true,
    ]);

    suggestions.setPanelOpen(false);
    details.setPanelOpen(true);
    expect([details, comments, suggestions].map((panel) => panel.isOpen())).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('leaves the others alone when a panel closes or an unrelated field changes', () => {
    const { store, details, comments } = panelStore('details');
    store.setState({});
    comments.setPanelOpen(false);
    expect(details.isOpen()).toBe(true);
  });
});

describe('the side panel shortcut', () => {
  it('hides the open panel, then brings the same one back', () => {
    const { store, details, comments } = panelStore('details');
    comments.setPanelOpen(true);

    store.getState().toggleSidePanel();
    expect(store.getState().sidePanel).toBeNull();

    store.getState().toggleSidePanel();
    expect(comments.isOpen()).toBe(true);
    expect(details.isOpen()).toBe(false);
  });

  it('opens the details when no panel was ever open', () => {
    const { store, details } = panelStore(null);
    store.getState().toggleSidePanel();
    expect(details.isOpen()).toBe(true);
  });
});
