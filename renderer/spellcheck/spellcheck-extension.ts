import { Extension } from '@tiptap/core';
import type { SpellChecker } from './spell-checker';
import { createSpellcheckPlugin } from './spellcheck-plugin';
import { spellcheckPluginKey } from './spellcheck-plugin-key';
import type { SpellingMenuHandler } from './spelling-menu-request';
import type { DocumentRange } from './spelling-ranges';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    spellcheck: {
      /** Replaces a misspelled word (the range given to `onContextMenu`) by a suggestion. */
      replaceMisspelling: (range: DocumentRange, text: string) => ReturnType;
      /** Checks the whole article again, e.g. after its language changed. */
      recheckSpelling: () => ReturnType;
    };
  }
}

export interface SpellcheckOptions {
  /** The article's language, BCP 47 ('fr', 'fr-SN', 'en-GB'…); passages may override it. */
  language: () => string;
  checker: SpellChecker | null;
  onContextMenu: SpellingMenuHandler | null;
  /** Pause after typing before checking. */
  debounceMs: number;
}

/** Offline spellcheck: misspelled words get a `spelling-error` decoration (see spellcheck.css). */
export const Spellcheck = Extension.create<SpellcheckOptions>({
  name: 'spellcheck',

  addOptions() {
    return { language: () => 'fr', checker: null, onContextMenu: null, debounceMs: 400 };
  },

  addProseMirrorPlugins() {
    const { checker, language, onContextMenu, debounceMs } = this.options;
    return checker === null
      ? []
      : [createSpellcheckPlugin({ checker, language, onContextMenu, debounceMs })];
  },

  addCommands() {
    return {
      replaceMisspelling:
        (range, text) =>
        ({ tr, dispatch }) => {
          if (text === '' || range.from >= range.to || range.to > tr.doc.content.size) return false;
          if (dispatch) tr.insertText(text, range.from, range.to);
          return true;
        },
      recheckSpelling:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(spellcheckPluginKey, { kind: 'recheck' });
          return true;
        },
    };
  },
});
