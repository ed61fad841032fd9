import type { EditorCommand } from './editor-command';

export const heading3: EditorCommand = {
  id: 'heading3',
  labelKey: 'commands.heading3',
  shortcuts: ['Mod-Alt-3'],
  toggle: true,
  isActive: (editor) => editor.isActive('heading', { level: 3 }),
  run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
};
