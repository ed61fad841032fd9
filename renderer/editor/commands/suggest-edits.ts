import type { Editor } from '@tiptap/core';
import type {} from '../../../shared/editor/suggestions/suggest-changes';
import { isSuggesting } from '../../../shared/editor/suggestions/suggest-changes-key';
import type { EditorCommand } from './editor-command';

/** "Suggest edits": while on, typing and deleting become suggestions signed with the profile name. */
export const suggestEdits: EditorCommand = {
  id: 'suggestEdits',
  labelKey: 'commands.suggestEdits',
  shortcuts: ['Mod-Shift-e'],
  toggle: true,
  icon: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4M13 20h7',
  isActive: (editor: Editor) => isSuggesting(editor.state),
  run: (editor: Editor) => editor.commands.toggleSuggesting(),
};
