import type { EditorCommand } from './editor-command';

export const deleteColumn: EditorCommand = {
  id: 'deleteColumn',
  labelKey: 'commands.deleteColumn',
  shortcuts: [],
  toggle: false,
  contextual: true,
  icon: 'M4 4h8v16H4zM8 4v16M15 12h6',
  isActive: () => false,
  canRun: (editor) => editor.can().deleteColumn(),
  run: (editor) => editor.chain().focus().deleteColumn().run(),
};
