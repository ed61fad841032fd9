import { Extension } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { deleteCharacter } from './delete-character';
import { resolveSuggestions, type DecideSuggestion } from './resolve-suggestions';
import { isSuggesting, suggestChangesKey, type SuggestChangesMeta } from './suggest-changes-key';
import { createSuggestChangesPlugin } from './suggest-changes-plugin';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      /** Turns suggestion mode on or off (or to `enabled`). */
      toggleSuggesting: (enabled?: boolean) => ReturnType;
      acceptSuggestion: (id: string) => ReturnType;
      rejectSuggestion: (id: string) => ReturnType;
      acceptAllSuggestions: () => ReturnType;
      rejectAllSuggestions: () => ReturnType;
    };
  }
}

export interface SuggestChangesExtensionOptions {
  /** The profile name that signs suggestions. */
  author: () => string;
}

const untracked: SuggestChangesMeta = { kind: 'untracked' };

/** Settling suggestions is an ordinary undoable edit, never itself tracked. */
const settle =
  (decide: DecideSuggestion) =>
  ({ tr, dispatch }: { tr: Transaction; dispatch?: unknown }) => {
    const before = tr.steps.length;
    resolveSuggestions(tr, decide);
    if (dispatch) tr.setMeta(suggestChangesKey, untracked);
    return tr.steps.length > before;
  };

/** Editor-only suggestion mode (the marks themselves are in the shared schema). */
export const SuggestChanges = Extension.create<SuggestChangesExtensionOptions>({
  name: 'suggestChanges',
  // Before the core keymap: Backspace and Delete of one character are ours while suggesting.
  priority: 1000,

  addOptions() {
    return { author: () => '' };
  },

  addProseMirrorPlugins() {
    return [createSuggestChangesPlugin({ author: () => this.options.author() })];
  },

  addKeyboardShortcuts() {
    const deleting = (direction: 'backward' | 'forward') => () =>
      isSuggesting(this.editor.state) &&
      deleteCharacter(direction)(this.editor.state, (tr) => this.editor.view.dispatch(tr));
    return { Backspace: deleting('backward'), Delete: deleting('forward') };
  },

  addCommands() {
    return {
      toggleSuggesting:
        (enabled) =>
        ({ tr, state, dispatch }) => {
          const next = enabled ?? !isSuggesting(state);
          if (dispatch)
            tr.setMeta(suggestChangesKey, {
              kind: 'enable',
              enabled: next,
            } satisfies SuggestChangesMeta);
          return true;
        },
      acceptSuggestion: (id) => settle((suggestion) => (suggestion.id === id ? 'accept' : null)),
      rejectSuggestion: (id) => settle((suggestion) => (suggestion.id === id ? 'reject' : null)),
      acceptAllSuggestions: () => settle(() => 'accept'),
      rejectAllSuggestions: () => settle(() => 'reject'),
    };
  },
});
