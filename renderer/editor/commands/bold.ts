import type { EditorCommand } from './editor-command';

export const bold: EditorCommand = {
  id: 'bold',
  labelKey: 'commands.bold',
  shortcuts: ['Mod-b'],
  toggle: true,
  isActive: (editor) => editor.isActive('bold'),
  run: (editor) => editor.chain().focus().toggleBold().run(),
};
