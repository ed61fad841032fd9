import { create } from 'zustand';

export interface ViewState {
  /** The list and the side panels are hidden; only the page is left. */
  focusMode: boolean;
  /** Mirrors `document.fullscreenElement`, which the user can also leave with Escape or F11. */
  fullScreen: boolean;
  setFocusMode: (on: boolean) => void;
  setFullScreen: (on: boolean) => void;
}

export const useViewStore = create<ViewState>()((set) => ({
  focusMode: false,
  fullScreen: false,
  setFocusMode: (focusMode) => set({ focusMode }),
  setFullScreen: (fullScreen) => set({ fullScreen }),
}));

/** Keeps `fullScreen` in step with the document; returns the unsubscribe. */
export const watchFullScreen = (): (() => void) => {
  const update = () => useViewStore.getState().setFullScreen(document.fullscreenElement !== null);
  update();
  document.addEventListener('fullscreenchange', update);
  return () => document.removeEventListener('fullscreenchange', update);
};
