import type { EditorCommand } from './editor-command';

/** Turns a heading back into body text; an action, not a toggle (there is nothing to untoggle to). */
export const paragraph: EditorCommand = {
  id: 'paragraph',
  labelKey: 'commands.paragraph',
  shortcuts: ['Mod-Alt-0'],
  toggle: false,
  isActive: (editor) => editor.isActive('paragraph'),
  run: (editor) => editor.chain().focus().setParagraph().run(),
};
