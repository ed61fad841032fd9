import type { EditorCommand } from './editor-command';

export const addColumnAfter: EditorCommand = {
  id: 'addColumnAfter',
  labelKey: 'commands.addColumnAfter',
  shortcuts: [],
  toggle: false,
  contextual: true,
  icon: 'M4 4h8v16H4zM8 4v16M15 12h6M18 9v6',
  isActive: () => false,
  canRun: (editor) => editor.can().addColumnAfter(),
  run: (editor) => editor.chain().focus().addColumnAfter().run(),
};
