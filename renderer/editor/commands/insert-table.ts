import type { EditorCommand } from './editor-command';
import { showCommandDialog } from './command-dialog-store';

/** Opens the dialog that asks the table's size and header row. */
export const insertTable: EditorCommand = {
  id: 'insertTable',
  labelKey: 'commands.insertTable',
  shortcuts: [],
  toggle: false,
  icon: 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14M15 5v14',
  isActive: (editor) => editor.isActive('table'),
  run: (editor) => editor.isEditable && showCommandDialog('table'),
};
