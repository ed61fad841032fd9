import type { EditorCommand } from './editor-command';

export const subscript: EditorCommand = {
  id: 'subscript',
  labelKey: 'commands.subscript',
  shortcuts: ['Mod-,'],
  toggle: true,
  isActive: (editor) => editor.isActive('subscript'),
  run: (editor) => editor.chain().focus().toggleSubscript().run(),
};
