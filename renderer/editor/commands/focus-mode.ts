import { useViewStore } from '../../state/view-store';
import type { EditorCommand } from './editor-command';

export const focusMode: EditorCommand = {
  id: 'focusMode',
  labelKey: 'commands.focusMode',
  shortcuts: ['Mod-Shift-.'],
  scope: 'window',
  toggle: true,
  icon: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 9h6v6H9z',
  isActive: () => useViewStore.getState().focusMode,
  run: () => {
    const { focusMode: on, setFocusMode } = useViewStore.getState();
    setFocusMode(!on);
    return true;
  },
};
