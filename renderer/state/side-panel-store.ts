import { create } from 'zustand';
import type { StateCreator } from 'zustand';

export type SidePanel = 'details' | 'versions' | 'comments' | 'suggestions';

export interface SidePanelState {
  /**
   * The one panel beside the body, or none: opening one closes the other, so the text always
   * keeps a readable width.
   */
  sidePanel: SidePanel | null;
  /** The panel the side panel shortcut brings back after it closed one. */
  lastPanel: SidePanel;
  setPanelOpen: (panel: SidePanel, open: boolean) => void;
  /** Closes the open panel, or reopens the last one (the details at first). */
  toggleSidePanel: () => void;
}

export const sidePanelState =
  (initial: SidePanel | null): StateCreator<SidePanelState> =>
  (set) => ({
    sidePanel: initial,
    lastPanel: initial ?? 'details',
    setPanelOpen: (panel, open) =>
      set((state) => {
        if (open) return { sidePanel: panel, lastPanel: panel };
        return state.sidePanel === panel ? { sidePanel: null } : state;
      }),
    toggleSidePanel: () =>
      set((state) =>
        state.sidePanel === null
          ? { sidePanel: state.lastPanel }
          : { sidePanel: null, lastPanel: state.sidePanel },
      ),
  });

/** The article details are open by default on wide windows, on request on narrow ones. */
const wideWindow = (): boolean => window.matchMedia?.('(min-width: 1101px)').matches ?? true;

export const useSidePanel = create<SidePanelState>()(
  sidePanelState(wideWindow() ? 'details' : null),
);

/** Whether `panel` is the one beside the body. */
export const usePanelOpen = (panel: SidePanel): boolean =>
  useSidePanel((state) => state.sidePanel === panel);
