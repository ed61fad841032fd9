import type { EditorCommand } from './editor-command';

export const orderedList: EditorCommand = {
  id: 'orderedList',
  labelKey: 'commands.orderedList',
  shortcuts: ['Mod-Shift-7'],
  toggle: true,
  isActive: (editor) => editor.isActive('orderedList'),
  run: (editor) => editor.chain().focus().toggleOrderedList().run(),
};
