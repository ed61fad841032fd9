import type { EditorCommand } from './editor-command';

export const underline: EditorCommand = {
  id: 'underline',
  labelKey: 'commands.underline',
  shortcuts: ['Mod-u'],
  toggle: true,
  isActive: (editor) => editor.isActive('underline'),
  run: (editor) => editor.chain().focus().toggleUnderline().run(),
};
