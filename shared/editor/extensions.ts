import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/** The one extension list: the editor, and every export and import, use exactly this. */
export const createExtensions = (): Extensions => [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
  }),
];
