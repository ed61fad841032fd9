import { addComment } from './add-comment';
import { suggestEdits } from './suggest-edits';
import { insertImage } from './insert-image';
import { addColumnAfter } from './add-column-after';
import { addRowAfter } from './add-row-after';
import { blockquote } from './blockquote';
import { bold } from './bold';
import { bulletList } from './bullet-list';
import { deleteColumn } from './delete-column';
import { deleteRow } from './delete-row';
import type { EditorCommand } from './editor-command';
import { find } from './find';
import { focusMode } from './focus-mode';
import { fullScreen } from './full-screen';
import { heading2 } from './heading-2';
import { heading3 } from './heading-3';
import { horizontalRule } from './horizontal-rule';
import { insertTable } from './insert-table';
import { italic } from './italic';
import { link } from './link';
import { orderedList } from './ordered-list';
import { paragraph } from './paragraph';
import { pullQuote } from './pull-quote';
import { redo } from './redo';
import { replace } from './replace';
import { strike } from './strike';
import { subscript } from './subscript';
import { superscript } from './superscript';
import { underline } from './underline';
import { undo } from './undo';

export interface CommandGroup {
  id: string;
  /** Secondary groups move into the "More" menu when the toolbar is narrow. */
  secondary: boolean;
  commands: readonly EditorCommand[];
}

/** Toolbar order; groups are separated in the toolbar. */
export const editorCommandGroups: readonly CommandGroup[] = [
  { id: 'marks', secondary: false, commands: [bold, italic, underline, link] },
  { id: 'moreMarks', secondary: true, commands: [strike, superscript, subscript] },
  { id: 'headings', secondary: false, commands: [paragraph, heading2, heading3] },
  { id: 'blocks', secondary: false, commands: [bulletList, orderedList, blockquote, insertImage] },
  { id: 'inserts', secondary: true, commands: [pullQuote, horizontalRule, insertTable] },
  {
    id: 'table',
    secondary: true,
    commands: [addRowAfter, deleteRow, addColumnAfter, deleteColumn],
  },
  { id: 'review', secondary: false, commands: [addComment, suggestEdits] },
  { id: 'history', secondary: false, commands: [undo, redo] },
  { id: 'view', secondary: false, commands: [find, focusMode, fullScreen] },
];

/** The selection's own small menu: the same command objects. */
export const bubbleMenuCommands: readonly EditorCommand[] = [
  bold,
  italic,
  link,
  heading2,
  blockquote,
  addComment,
];

/** Every command, with those that have a shortcut but no button (replace opens the find bar). */
export const editorCommands: readonly EditorCommand[] = [
  ...editorCommandGroups.flatMap((group) => group.commands),
  replace,
];
