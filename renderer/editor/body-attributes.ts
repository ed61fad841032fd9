import type { EditorState } from '@tiptap/pm/state';

const isEmpty = (state: EditorState): boolean => {
  const { doc } = state;
  return (
    doc.childCount === 1 &&
    doc.firstChild?.isTextblock === true &&
    doc.firstChild.content.size === 0
  );
};

/** The contenteditable's attributes; ProseMirror re-reads them on each update (O(1) here). */
export const bodyAttributes =
  (label: string, placeholder: string) =>
  (state: EditorState): Record<string, string> => ({
    role: 'textbox',
    'aria-label': label,
    'aria-multiline': 'true',
    'data-placeholder': placeholder,
    spellcheck: 'false',
    class: isEmpty(state) ? 'article-body is-editor-empty' : 'article-body',
  });
