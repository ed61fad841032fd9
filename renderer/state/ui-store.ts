import { create } from 'zustand';

export interface UiState {
  settingsOpen: boolean;
  shortcutsOpen: boolean;
  /** Bumped to ask the search box to take focus. */
  searchFocusRequest: number;
  /** Bumped to ask the article list to put the focus on its current row. */
  listFocusRequest: number;
  /** The article whose body takes the focus as soon as its editor is on screen. */
  bodyFocusRequest: string | null;
  openSettings: () => void;
  closeSettings: () => void;
  setShortcutsOpen: (open: boolean) => void;
  focusSearch: () => void;
  focusList: () => void;
  focusBody: (articleId: string) => void;
  bodyFocused: () => void;
}

export const useUiStore = create<UiState>()((set) => ({
  settingsOpen: false,
  shortcutsOpen: false,
  searchFocusRequest: 0,
  listFocusRequest: 0,
  bodyFocusRequest: null,
  openSettings: () => set({ settingsOpen: true }),
  closeSettings: () => set({ settingsOpen: false }),
  setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
  focusSearch: () => set((state) => ({ searchFocusRequest: state.searchFocusRequest + 1 })),
  focusList: () => set((state) => ({ listFocusRequest: state.listFocusRequest + 1 })),
  focusBody: (articleId) => set({ bodyFocusRequest: articleId }),
  bodyFocused: () => set({ bodyFocusRequest: null }),
}));
