import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { chooseFiles } from './choose-files';
import { insertImageFiles } from './insert-image-files';
import { pastedImageFiles } from './pasted-image-files';

export const acceptedImageTypes = 'image/png,image/jpeg,image/gif,image/webp';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    imageInsertion: {
      /** Opens the file chooser and inserts the chosen images at the selection. */
      chooseImageFile: () => ReturnType;
    };
  }
}

const report = (error: unknown) => console.error('Copydesk: inserting an image failed:', error);

/** Images enter by the file chooser, by pasting image files and by dropping them on the body. */
export const ImageInsertion = Extension.create({
  name: 'imageInsertion',
  // Before the paste cleaner, which would otherwise take a pasted picture for an empty paste.
  priority: 200,

  addCommands() {
    return {
      chooseImageFile:
        () =>
        ({ editor }) => {
          if (!editor.isEditable) return false;
          chooseFiles(acceptedImageTypes, (files) => {
            insertImageFiles(editor, files).catch(report);
          });
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('imageInsertion'),
        props: {
          handlePaste: (view, event) => {
            const files = pastedImageFiles(event.clipboardData);
            if (files.length === 0 || !view.editable) return false;
            event.preventDefault();
            insertImageFiles(editor, files).catch(report);
            return true;
          },
          handleDrop: (view, event, _slice, moved) => {
            const files = [...(event.dataTransfer?.files ?? [])];
            if (moved || files.length === 0 || !view.editable) return false;
            event.preventDefault();
            const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            insertImageFiles(editor, files, position ?? view.state.selection.from).catch(report);
            return true;
          },
        },
      }),
    ];
  },
});
