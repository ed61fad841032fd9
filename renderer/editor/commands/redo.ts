import type { EditorCommand } from './editor-command';

export const redo: EditorCommand = {
  id: 'redo',
  labelKey: 'commands.redo',
  shortcuts: ['Mod-Shift-z', 'Mod-y'],
  toggle: false,
  isActive: () => false,
  canRun: (editor) => editor.can().redo(),
  run: (editor) => editor.chain().focus().redo().run(),
};
