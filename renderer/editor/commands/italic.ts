import type { EditorCommand } from './editor-command';

export const italic: EditorCommand = {
  id: 'italic',
  labelKey: 'commands.italic',
  shortcuts: ['Mod-i'],
  toggle: true,
  isActive: (editor) => editor.isActive('italic'),
  run: (editor) => editor.chain().focus().toggleItalic().run(),
};
