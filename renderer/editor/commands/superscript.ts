import type { EditorCommand } from './editor-command';

export const superscript: EditorCommand = {
  id: 'superscript',
  labelKey: 'commands.superscript',
  shortcuts: ['Mod-.'],
  toggle: true,
  isActive: (editor) => editor.isActive('superscript'),
  run: (editor) => editor.chain().focus().toggleSuperscript().run(),
};
