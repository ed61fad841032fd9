import type { EditorCommand } from './editor-command';

export const bulletList: EditorCommand = {
  id: 'bulletList',
  labelKey: 'commands.bulletList',
  shortcuts: ['Mod-Shift-8'],
  toggle: true,
  isActive: (editor) => editor.isActive('bulletList'),
  run: (editor) => editor.chain().focus().toggleBulletList().run(),
};
