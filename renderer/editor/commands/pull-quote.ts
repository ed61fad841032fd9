import type { EditorCommand } from './editor-command';
import { showCommandDialog } from './command-dialog-store';

/** Opens the attribution dialog, which wraps the selection in a pull quote (or edits or removes it). */
export const pullQuote: EditorCommand = {
  id: 'pullQuote',
  labelKey: 'commands.pullQuote',
  shortcuts: [],
  toggle: true,
  icon: 'M5 5v14M9 8h10M9 12h10M9 16h6',
  isActive: (editor) => editor.isActive('pullQuote'),
  run: (editor) => editor.isEditable && showCommandDialog('pullQuote'),
};
