import type { EditorCommand } from './editor-command';
import { showCommandDialog } from './command-dialog-store';

/** Opens the link dialog, which validates the address before anything is applied. */
export const link: EditorCommand = {
  id: 'link',
  labelKey: 'commands.link',
  shortcuts: ['Mod-k'],
  toggle: true,
  icon: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  isActive: (editor) => editor.isActive('link'),
  run: (editor) => editor.isEditable && showCommandDialog('link'),
};
