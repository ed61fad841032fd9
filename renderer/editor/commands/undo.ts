import type { EditorCommand } from './editor-command';

export const undo: EditorCommand = {
  id: 'undo',
  labelKey: 'commands.undo',
  shortcuts: ['Mod-z'],
  toggle: false,
  isActive: () => false,
  canRun: (editor) => editor.can().undo(),
  run: (editor) => editor.chain().focus().undo().run(),
};
