import type { Editor } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { create } from 'zustand';

/**
 * The body editor on screen, for what lives outside it (status bar counts, Fix typography, the
 * suggestions panel and export choice): the one place to read it from.
 */
export const useBodyEditor = create<{ editor: Editor | null }>()(() => ({ editor: null }));

/** Publishes its editor in `useBodyEditor` while it exists. */
export const BodyEditorTracker = Extension.create({
  name: 'bodyEditorTracker',
  onCreate() {
    useBodyEditor.setState({ editor: this.editor });
  },
  onDestroy() {
    if (useBodyEditor.getState().editor === this.editor) useBodyEditor.setState({ editor: null });
  },
});
