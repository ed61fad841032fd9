import { showCommandDialog } from './command-dialog-store';
import type { EditorCommand } from './editor-command';

const canComment = (editor: Parameters<EditorCommand['run']>[0]): boolean =>
  editor.isEditable && !editor.state.selection.empty;

/** Opens the comment form for the selected text (toolbar, selection menu, Mod-Alt-M). */
export const addComment: EditorCommand = {
  id: 'addComment',
  labelKey: 'commands.addComment',
  shortcuts: ['Mod-Alt-m'],
  toggle: false,
  icon: 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  isActive: () => false,
  canRun: canComment,
  run: (editor) => canComment(editor) && showCommandDialog('comment'),
};
