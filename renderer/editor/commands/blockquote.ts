import type { EditorCommand } from './editor-command';

export const blockquote: EditorCommand = {
  id: 'blockquote',
  labelKey: 'commands.blockquote',
  shortcuts: ['Mod-Shift-b'],
  toggle: true,
  isActive: (editor) => editor.isActive('blockquote'),
  run: (editor) => editor.chain().focus().toggleBlockquote().run(),
};
