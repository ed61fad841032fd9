import { useLibraryStore } from '../library/library-store';
import { pagePendingEdits } from '../state/page-pending-edits';

/**
 * After a reload, the article whose text this page kept unsaved opens again, so the writer sees
 * it back (and it is saved) without hunting for it. Kept text of another library stays kept.
 */
export async function reopenKeptArticle(pendingEdits = pagePendingEdits): Promise<void> {
  const library = useLibraryStore.getState();
  if (!pendingEdits || library.selectedId !== null) return;
  const kept = await pendingEdits.list().catch(() => []);
  await library.selectFirstOpenable(kept.map((edit) => edit.id));
}
