import { Extension } from '@tiptap/core';
import { editorCommands } from './commands/editor-commands';

/** Binds every body-scoped shortcut to the same `run` the toolbar uses (window-wide ones: use-window-shortcuts). */
export const CommandShortcuts = Extension.create({
  name: 'commandShortcuts',
  addKeyboardShortcuts() {
    return Object.fromEntries(
      editorCommands
        .filter((command) => command.scope !== 'window')
        .flatMap((command) =>
          command.shortcuts.map((shortcut) => [shortcut, () => command.run(this.editor)]),
        ),
    );
  },
});
