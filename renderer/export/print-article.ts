import { rejectAllSuggestions } from '../../shared/editor/suggestions/document-suggestions';
import { useEditorSession } from '../state/editor-session';
import { usePrintStore } from './print-store';

/** Saves pending edits, then prints the open article through the print view. */
export async function printArticle(): Promise<void> {
  await useEditorSession.getState().saveNow();
  const article = useEditorSession.getState().article;
  // Like the file exports, a printout holds the original text while suggestions are pending.
  if (article)
    usePrintStore.getState().request({ ...article, body: rejectAllSuggestions(article.body) });
}
