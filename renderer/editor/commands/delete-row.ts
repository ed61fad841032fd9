import type { EditorCommand } from './editor-command';

export const deleteRow: EditorCommand = {
  id: 'deleteRow',
  labelKey: 'commands.deleteRow',
  shortcuts: [],
  toggle: false,
  contextual: true,
  icon: 'M4 4h16v8H4zM4 8h16M9 18h6',
  isActive: () => false,
  canRun: (editor) => editor.can().deleteRow(),
  run: (editor) => editor.chain().focus().deleteRow().run(),
};
