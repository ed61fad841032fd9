import { useEditorSession } from '../state/editor-session';
import { usePrintStore } from './print-store';

/** Saves pending edits, then prints the open article through the print view. */
export async function printArticle(): Promise<void> {
  await useEditorSession.getState().saveNow();
  const article = useEditorSession.getState().article;
  if (article) usePrintStore.getState().request(article);
}
