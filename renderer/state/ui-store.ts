import { create } from 'zustand';

export interface UiState {
  settingsOpen: boolean;
  /** Bumped to ask the search box to take focus. */
  searchFocusRequest: number;
  openSettings: () => void;
  closeSettings: () => void;
  focusSearch: () => void;
}

export const useUiStore = create<UiState>()((set) => ({
  settingsOpen: false,
  searchFocusRequest: 0,
  openSettings: () => set({ settingsOpen: true }),
  closeSettings: () => set({ settingsOpen: false }),
  focusSearch: () => set((state) => ({ searchFocusRequest: state.searchFocusRequest + 1 })),
}));
