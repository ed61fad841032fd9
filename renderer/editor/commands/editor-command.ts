import type { Editor } from '@tiptap/core';
// Brings StarterKit's command typings (toggleBold …) into scope.
import type {} from '@tiptap/starter-kit';

/** A formatting command, declared once and reused by the toolbar and the keyboard shortcuts. */
export interface EditorCommand {
  id: string;
  /** Key in the `editor` namespace for the accessible name; `<labelKey>Glyph` is the button face. */
  labelKey: string;
  /** Tiptap key notation (`Mod-b`, `Mod-Alt-2`); `Mod` is Ctrl, or Cmd on macOS. */
  shortcut: string;
  /** A toggle shows its state with `aria-pressed`; an action (undo) does not. */
  toggle: boolean;
  isActive: (editor: Editor) => boolean;
  /** Only where it can be false in practice (undo, redo): it runs on every transaction. */
  canRun?: (editor: Editor) => boolean;
  run: (editor: Editor) => boolean;
}
