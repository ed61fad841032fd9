import { Extension } from '@tiptap/core';
import { findReplacePlugin } from './find-replace-plugin';

export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins() {
    return [findReplacePlugin()];
  },
});
