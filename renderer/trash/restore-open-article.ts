import { useLibraryStore } from '../library/library-store';
import { useEditorSession } from '../state/editor-session';

/** Takes the open article out of the trash, then reloads it so it can be edited again. */
export const restoreOpenArticle = async (): Promise<boolean> => {
  const article = useEditorSession.getState().article;
  if (article === null) return false;
  if (!(await useLibraryStore.getState().restoreArticle(article.id))) return false;
  return useEditorSession.getState().reloadTheirs();
};
