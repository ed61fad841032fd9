import type { Editor } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { create } from 'zustand';

/**
 * The body editor on screen, for what lives outside it (status bar counts, Fix typography, the
 * suggestions panel and export choice): the one place to read it from.
 */
export const useBodyEditor = create<{ editor: Editor | null }>()(() => ({ editor: null }));

/**
 * Every body editor alive, newest last. When an article reloads (an import, a trusted key), the
 * next editor may announce itself before the previous one is destroyed, or the other way round:
 * what is shown is always the newest one still alive.
 */
const alive: Editor[] = [];

const publishNewest = () => useBodyEditor.setState({ editor: alive.at(-1) ?? null });

/** Publishes its editor in `useBodyEditor` while it exists. */
export const BodyEditorTracker = Extension.create({
  name: 'bodyEditorTracker',
  onCreate() {
    if (this.editor.isDestroyed || alive.includes(this.editor)) return;
    alive.push(this.editor);
    publishNewest();
  },
  onDestroy() {
    const index = alive.indexOf(this.editor);
    if (index >= 0) alive.splice(index, 1);
    publishNewest();
  },
});
