import { Extension } from '@tiptap/core';
import { editorCommands } from './commands/editor-commands';

/** Binds every command's shortcut to the same `run` the toolbar uses. */
export const CommandShortcuts = Extension.create({
  name: 'commandShortcuts',
  addKeyboardShortcuts() {
    return Object.fromEntries(
      editorCommands.map((command) => [command.shortcut, () => command.run(this.editor)]),
    );
  },
});
