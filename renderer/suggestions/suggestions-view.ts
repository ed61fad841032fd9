import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import {
  suggestChangesKey,
  type SuggestChangesMeta,
} from '../../shared/editor/suggestions/suggest-changes-key';
import { useEditorSession } from '../state/editor-session';
import { suggestingArticles } from './suggesting-articles';
import type { SuggestionsViewMode } from './suggestions-view-mode';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestionsView: {
      setSuggestionsView: (mode: SuggestionsViewMode) => ReturnType;
    };
  }
}

export const suggestionsViewKey = new PluginKey<SuggestionsViewMode>('suggestionsView');

export const suggestionsViewOf = (state: EditorState): SuggestionsViewMode =>
  suggestionsViewKey.getState(state) ?? 'suggestions';

/**
 * The "Suggestions view": a class on the body hides struck or inserted text (CSS), and the
 * final and original views are read-only (an edit there would land among hidden text).
 * Also keeps "Suggest edits" on for an article across remounts and reloads.
 */
export const SuggestionsView = Extension.create({
  name: 'suggestionsView',

  onCreate() {
    const articleId = useEditorSession.getState().article?.id;
    if (articleId !== undefined && suggestingArticles.has(articleId)) {
      this.editor.commands.toggleSuggesting(true);
    }
  },

  onTransaction({ transaction }) {
    const meta = transaction.getMeta(suggestChangesKey) as SuggestChangesMeta | undefined;
    const articleId = useEditorSession.getState().article?.id;
    if (meta?.kind === 'enable' && articleId !== undefined)
      suggestingArticles.set(articleId, meta.enabled);
  },

  addCommands() {
    return {
      setSuggestionsView:
        (mode) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestionsViewKey, mode).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<SuggestionsViewMode>({
        key: suggestionsViewKey,
        state: {
          init: () => 'suggestions',
          apply: (tr, mode) =>
            (tr.getMeta(suggestionsViewKey) as SuggestionsViewMode | undefined) ?? mode,
        },
        props: {
          editable: (state) => suggestionsViewOf(state) === 'suggestions',
          attributes: (state): Record<string, string> => ({
            class: `suggestions-view-${suggestionsViewOf(state)}`,
          }),
        },
      }),
    ];
  },
});
