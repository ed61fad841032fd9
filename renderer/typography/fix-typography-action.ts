import type { Editor } from '@tiptap/core';
import { create } from 'zustand';
import { useEditorSession } from '../state/editor-session';
import { houseTypographyProfile } from './article-typography';
import { fixArticleTypography } from './fix-article-typography';

/** The outcome of the last "Fix typography", announced next to the counts. */
export const useTypographyReport = create<{ corrections: number | null }>()(() => ({
  corrections: null,
}));

/** "Fix typography" on the article being edited, for the toolbar, the panel or a menu. */
export const runFixTypography = (editor: Editor): boolean => {
  const session = useEditorSession.getState();
  const corrections = fixArticleTypography(editor, houseTypographyProfile(), {
    get: (name) => useEditorSession.getState().article?.[name] ?? '',
    set: (name, value) => session.setField(name, value),
  });
  useTypographyReport.setState({ corrections });
  return true;
};
