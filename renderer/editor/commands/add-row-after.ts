import type { EditorCommand } from './editor-command';

export const addRowAfter: EditorCommand = {
  id: 'addRowAfter',
  labelKey: 'commands.addRowAfter',
  shortcuts: [],
  toggle: false,
  contextual: true,
  icon: 'M4 4h16v8H4zM4 8h16M12 15v6M9 18h6',
  isActive: () => false,
  canRun: (editor) => editor.can().addRowAfter(),
  run: (editor) => editor.chain().focus().addRowAfter().run(),
};
