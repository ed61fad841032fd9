/** A panel beside the body, seen through the store that opens and closes it. */
export interface SidePanel {
  isOpen(): boolean;
  close(): void;
  /** Calls `listener` whenever the panel's store changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/**
 * One side panel beside the body at a time (details, versions, comments, suggestions): opening
 * one closes the others, so the text always keeps a readable width.
 */
export const keepOneSidePanelOpen = (panels: readonly SidePanel[]): (() => void) => {
  const wasOpen = panels.map((panel) => panel.isOpen());
  const unsubscribes = panels.map((panel, index) =>
    panel.subscribe(() => {
      const open = panel.isOpen();
      const opened = open && !wasOpen[index];
      wasOpen[index] = open;
      if (!opened) return;
      panels.forEach((other, otherIndex) => {
        if (otherIndex === index || !other.isOpen()) return;
        wasOpen[otherIndex] = false;
        other.close();
      });
    }),
  );
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
};

interface PanelStore {
  getState(): { panelOpen: boolean; setPanelOpen: (open: boolean) => void };
  subscribe(listener: () => void): () => void;
}

/** A zustand store with `panelOpen` / `setPanelOpen` as a side panel. */
export const storePanel = (store: PanelStore): SidePanel => ({
  isOpen: () => store.getState().panelOpen,
  close: () => store.getState().setPanelOpen(false),
  subscribe: (listener) => store.subscribe(listener),
});
