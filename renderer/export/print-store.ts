import { create } from 'zustand';
import type { Article } from '../../shared/model/article';

/** Paper through the print dialog, or a PDF the host prints from the shown view. */
export type PrintPurpose = 'print' | 'pdf';

export interface PrintState {
  /** The article being printed; the print view exists only while it is set. */
  article: Article | null;
  purpose: PrintPurpose;
  /** Called by the view once laid out, for a PDF (the host prints what is on screen). */
  shown: (() => void) | null;
  request: (article: Article) => void;
  /** Shows the print view without the dialog; resolves once it is laid out. */
  showForPdf: (article: Article) => Promise<void>;
  finish: () => void;
}

export const usePrintStore = create<PrintState>()((set) => ({
  article: null,
  purpose: 'print',
  shown: null,
  request: (article) => set({ article, purpose: 'print', shown: null }),
  showForPdf: (article) =>
    new Promise<void>((resolve) => set({ article, purpose: 'pdf', shown: resolve })),
  finish: () => set({ article: null, purpose: 'print', shown: null }),
}));
