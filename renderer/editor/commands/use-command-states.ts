import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useViewStore } from '../../state/view-store';
import type { EditorCommand } from './editor-command';

/** `<id>` → active, `<id>:enabled` → can run; booleans only, so typing re-renders nothing unless one flips. */
export type CommandStates = Readonly<Record<string, boolean>>;

export function useCommandStates(
  editor: Editor,
  commands: readonly EditorCommand[],
): CommandStates {
  // Focus mode and full screen live outside the editor: a change re-renders, which re-runs the selector.
  useViewStore((state) => `${state.focusMode}:${state.fullScreen}`);
  return useEditorState({
    editor,
    selector: ({ editor: live }) => {
      const states: Record<string, boolean> = {};
      for (const command of commands) {
        states[command.id] = command.isActive(live);
        states[`${command.id}:enabled`] = command.canRun?.(live) ?? true;
      }
      return states;
    },
  });
}
