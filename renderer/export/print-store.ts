import { create } from 'zustand';
import type { Article } from '../../shared/model/article';

export interface PrintState {
  /** The article being printed; the print view exists only while it is set. */
  article: Article | null;
  request: (article: Article) => void;
  finish: () => void;
}

export const usePrintStore = create<PrintState>()((set) => ({
  article: null,
  request: (article) => set({ article }),
  finish: () => set({ article: null }),
}));
