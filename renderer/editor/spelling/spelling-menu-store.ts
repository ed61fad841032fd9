import { create } from 'zustand';
import type { MenuPosition } from '../../spellcheck/spelling-menu-request';
import type { DocumentRange } from '../../spellcheck/spelling-ranges';

export interface SpellingMenuRequest {
  word: string;
  range: DocumentRange;
  suggestions: string[];
  position: MenuPosition;
}

interface SpellingMenuState {
  request: SpellingMenuRequest | null;
  open: (request: SpellingMenuRequest) => void;
  close: () => void;
}

export const useSpellingMenu = create<SpellingMenuState>()((set) => ({
  request: null,
  open: (request) => set({ request }),
  close: () => set({ request: null }),
}));
