import type { Editor } from '@tiptap/core';
import { create } from 'zustand';

interface SuggestionsState {
  /** The body editor of the open article (registered by the SuggestionsView extension). */
  editor: Editor | null;
  panelOpen: boolean;
  setEditor: (editor: Editor | null) => void;
  setPanelOpen: (open: boolean) => void;
}

export const useSuggestions = create<SuggestionsState>()((set) => ({
  editor: null,
  panelOpen: false,
  setEditor: (editor) => set({ editor }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
}));
