import { useFindBar } from '../find-replace/find-bar-store';
import type { EditorCommand } from './editor-command';

export const find: EditorCommand = {
  id: 'find',
  labelKey: 'commands.find',
  shortcuts: ['Mod-f'],
  scope: 'window',
  toggle: false,
  icon: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5 20 20',
  isActive: () => false,
  run: () => {
    useFindBar.getState().show(false);
    return true;
  },
};
