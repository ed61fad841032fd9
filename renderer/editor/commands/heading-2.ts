import type { EditorCommand } from './editor-command';

export const heading2: EditorCommand = {
  id: 'heading2',
  labelKey: 'commands.heading2',
  shortcuts: ['Mod-Alt-2'],
  toggle: true,
  isActive: (editor) => editor.isActive('heading', { level: 2 }),
  run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
};
