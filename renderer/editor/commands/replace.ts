import { useFindBar } from '../find-replace/find-bar-store';
import type { EditorCommand } from './editor-command';

export const replace: EditorCommand = {
  id: 'replace',
  labelKey: 'commands.replace',
  shortcuts: ['Mod-h'],
  scope: 'window',
  toggle: false,
  isActive: () => false,
  run: (editor) => {
    if (!editor.isEditable) return false;
    useFindBar.getState().show(true);
    return true;
  },
};
