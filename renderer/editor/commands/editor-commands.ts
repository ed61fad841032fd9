import { blockquote } from './blockquote';
import { bold } from './bold';
import { bulletList } from './bullet-list';
import type { EditorCommand } from './editor-command';
import { heading2 } from './heading-2';
import { heading3 } from './heading-3';
import { italic } from './italic';
import { orderedList } from './ordered-list';
import { redo } from './redo';
import { undo } from './undo';

/** Toolbar order; groups are separated in the toolbar. */
export const editorCommandGroups: readonly (readonly EditorCommand[])[] = [
  [bold, italic],
  [heading2, heading3],
  [bulletList, orderedList, blockquote],
  [undo, redo],
];

export const editorCommands: readonly EditorCommand[] = editorCommandGroups.flat();
