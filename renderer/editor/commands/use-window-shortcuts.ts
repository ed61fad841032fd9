import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { useViewStore } from '../../state/view-store';
import { isMacPlatform } from './format-shortcut';
import { editorCommands } from './editor-commands';
import { matchesShortcut } from './matches-shortcut';

const mac = isMacPlatform();
const windowCommands = editorCommands.filter((command) => command.scope === 'window');

/**
 * Shortcuts that work wherever the focus is (find, replace, focus mode), caught before the
 * browser's own Ctrl+F; Escape leaves focus mode (except in the find bar and dialogs).
 */
export function useWindowShortcuts(editor: Editor): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = windowCommands.find((candidate) =>
        candidate.shortcuts.some((shortcut) => matchesShortcut(event, shortcut, mac)),
      );
      if (command === undefined) return;
      event.preventDefault();
      command.run(editor);
    };
    // Capture phase: the body's keymap uses Escape too; the find bar and dialogs keep theirs.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (event.target instanceof Element && event.target.closest('dialog, .find-bar') !== null)
        return;
      const view = useViewStore.getState();
      if (view.focusMode) view.setFocusMode(false);
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keydown', onEscape, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keydown', onEscape, true);
    };
  }, [editor]);
}
