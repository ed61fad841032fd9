import { useViewStore } from '../../state/view-store';
import type { EditorCommand } from './editor-command';

export const fullScreen: EditorCommand = {
  id: 'fullScreen',
  labelKey: 'commands.fullScreen',
  shortcuts: [],
  toggle: true,
  icon: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  isActive: () => useViewStore.getState().fullScreen,
  run: () => {
    if (!document.fullscreenEnabled) return false;
    const change = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // Refused (no user gesture, or a policy): the button simply stays as it was.
    change.catch(() => undefined);
    return true;
  },
};
