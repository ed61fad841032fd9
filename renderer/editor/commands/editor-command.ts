import type { Editor } from '@tiptap/core';
// Brings the command typings (toggleBold, insertTable, toggleSubscript …) into scope.
import type {} from '@tiptap/starter-kit';
import type {} from '@tiptap/extension-subscript';
import type {} from '@tiptap/extension-superscript';
import type {} from '@tiptap/extension-table';
import type {} from '../../../shared/editor/nodes/pull-quote';

/** A command, declared once and reused by the toolbar, the bubble menu and the keyboard shortcuts. */
export interface EditorCommand {
  id: string;
  /** Key in the `editor` namespace for the accessible name; `<labelKey>Glyph` is the button face. */
  labelKey: string;
  /** Tiptap key notation (`Mod-b`, `Mod-Alt-2`); `Mod` is Ctrl, or Cmd on macOS. The first is shown. */
  shortcuts: readonly string[];
  /** `window`: the shortcut works anywhere in the window, not only in the body (find, focus mode). */
  scope?: 'window';
  /** A toggle shows its state with `aria-pressed`; an action (undo) does not. */
  toggle: boolean;
  /** SVG path (24×24 view box) drawn instead of the catalog glyph. */
  icon?: string;
  isActive: (editor: Editor) => boolean;
  /** Only where it can be false in practice (undo, table rows): it runs on every transaction. */
  canRun?: (editor: Editor) => boolean;
  /** The button is shown only while `canRun` holds (row and column commands inside a table). */
  contextual?: boolean;
  run: (editor: Editor) => boolean;
}
