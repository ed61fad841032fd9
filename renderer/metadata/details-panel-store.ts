import { create } from 'zustand';

interface DetailsPanelState {
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
}

/** The article details beside the body: open by default on wide windows, on request on narrow ones. */
export const useDetailsPanel = create<DetailsPanelState>()((set) => ({
  panelOpen: window.matchMedia?.('(min-width: 1101px)').matches ?? true,
  setPanelOpen: (panelOpen) => set({ panelOpen }),
}));
