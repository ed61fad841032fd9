import type { EditorCommand } from './editor-command';
import type {} from '../../figures/image-insertion';

/** "Insert image" for the toolbar: opens the file chooser (the figure editing extension does the rest). */
export const insertImage: EditorCommand = {
  id: 'insertImage',
  labelKey: 'commands.insertImage',
  shortcuts: [],
  toggle: false,
  icon: 'M4 5h16v14H4z M4 16l5-5 4 4 3-3 4 4 M15.5 9.5a1.5 1.5 0 1 0 0-.01',
  isActive: () => false,
  canRun: (editor) => editor.isEditable,
  run: (editor) => editor.commands.chooseImageFile(),
};
