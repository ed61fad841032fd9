import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { closeUndoGroup } from './close-undo-group';
import type { FindOptions } from './find-in-text';
import type { FindMeta, FindState } from './find-replace-plugin';
import { findReplaceKey } from './find-replace-plugin';

const stateOf = (editor: Editor): FindState | undefined => findReplaceKey.getState(editor.state);

const dispatchMeta = (editor: Editor, meta: FindMeta) => {
  editor.view.dispatch(editor.state.tr.setMeta(findReplaceKey, meta));
};

/** Searches the whole article; the current match is the first one from the cursor on. */
export const setSearch = (editor: Editor, options: FindOptions): void => {
  dispatchMeta(editor, { kind: 'search', options, near: editor.state.selection.from });
};

export const clearSearch = (editor: Editor): void => {
  setSearch(editor, { query: '', matchCase: false, wholeWord: false });
};

/** Moves to the next (1) or previous (-1) match, wrapping around, and selects it. */
export const goToMatch = (editor: Editor, direction: 1 | -1): void => {
  const find = stateOf(editor);
  if (find === undefined || find.matches.length === 0) return;
  const count = find.matches.length;
  const index = find.current === -1 ? 0 : (find.current + direction + count) % count;
  const match = find.matches[index]!;
  const tr = editor.state.tr
    .setMeta(findReplaceKey, { kind: 'current', index } satisfies FindMeta)
    .setSelection(TextSelection.create(editor.state.doc, match.from, match.to))
    .scrollIntoView();
  editor.view.dispatch(tr);
};

/** Replaces the current match (keeping its marks) and moves to the next one. */
export const replaceCurrent = (editor: Editor, replacement: string): boolean => {
  const find = stateOf(editor);
  const match = find?.matches[find.current];
  if (match === undefined || !editor.isEditable) return false;
  const tr = editor.state.tr.insertText(replacement, match.from, match.to);
  tr.setMeta(findReplaceKey, {
    kind: 'replaced',
    position: match.from + replacement.length,
  } satisfies FindMeta);
  editor.view.dispatch(tr.scrollIntoView());
  return true;
};

/** Replaces every match in one transaction: one undo step brings them all back. */
export const replaceAll = (editor: Editor, replacement: string): number => {
  const find = stateOf(editor);
  if (find === undefined || find.matches.length === 0 || !editor.isEditable) return 0;
  closeUndoGroup(editor, (tr) => {
    for (const match of [...find.matches].reverse()) {
      tr.insertText(replacement, match.from, match.to);
    }
    editor.view.dispatch(tr);
  });
  return find.matches.length;
};

export const findCounts = (editor: Editor): { current: number; total: number } => {
  const find = stateOf(editor);
  return { current: (find?.current ?? -1) + 1, total: find?.matches.length ?? 0 };
};
