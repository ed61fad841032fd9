import { create } from 'zustand';

interface FindBarState {
  open: boolean;
  withReplace: boolean;
  /** Bumped by Ctrl+F while the bar is open, to bring the focus back to its search box. */
  focusRequest: number;
  show: (withReplace: boolean) => void;
  close: () => void;
}

export const useFindBar = create<FindBarState>()((set) => ({
  open: false,
  withReplace: false,
  focusRequest: 0,
  show: (withReplace) =>
    set((state) => ({
      open: true,
      withReplace: withReplace || (state.open && state.withReplace),
      focusRequest: state.focusRequest + 1,
    })),
  close: () => set({ open: false, withReplace: false }),
}));
