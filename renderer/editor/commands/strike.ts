import type { EditorCommand } from './editor-command';

export const strike: EditorCommand = {
  id: 'strike',
  labelKey: 'commands.strike',
  shortcuts: ['Mod-Shift-x'],
  toggle: true,
  isActive: (editor) => editor.isActive('strike'),
  run: (editor) => editor.chain().focus().toggleStrike().run(),
};
