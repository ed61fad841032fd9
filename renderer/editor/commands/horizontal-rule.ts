import type { EditorCommand } from './editor-command';

export const horizontalRule: EditorCommand = {
  id: 'horizontalRule',
  labelKey: 'commands.horizontalRule',
  shortcuts: [],
  toggle: false,
  icon: 'M3 12h18',
  isActive: () => false,
  run: (editor) => editor.chain().focus().setHorizontalRule().run(),
};
