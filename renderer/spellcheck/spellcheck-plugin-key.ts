import { PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { SpellChecker } from './spell-checker';
import type { SpellingMenuHandler } from './spelling-menu-request';
import type { DocumentRange } from './spelling-ranges';

export interface SpellcheckPluginOptions {
  language: () => string;
  checker: SpellChecker;
  onContextMenu: SpellingMenuHandler | null;
  debounceMs: number;
}

export interface SpellcheckState {
  decorations: DecorationSet;
  /** Ranges edited since their words were last checked. */
  dirty: DocumentRange[];
}

/** The decoration spec of a misspelled word, read back by the context menu. */
export interface MisspellingSpec {
  word: string;
  language: string;
}

export const spellcheckPluginKey = new PluginKey<SpellcheckState>('spellcheck');
