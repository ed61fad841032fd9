import type { EditorState } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Only for a selection of text (not a figure or a table cell selection), while the body is editable and focused. */
export const shouldShowBubbleMenu = ({
  view,
  state,
  element,
  from,
  to,
}: {
  view: EditorView;
  state: EditorState;
  element: HTMLElement;
  from: number;
  to: number;
}): boolean => {
  const { selection } = state;
  if (!view.editable || selection.empty || !(selection instanceof TextSelection)) return false;
  if (!(view.hasFocus() || element.contains(document.activeElement))) return false;
  return state.doc.textBetween(from, to).trim().length > 0;
};
