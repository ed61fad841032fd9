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
