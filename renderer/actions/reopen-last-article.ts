import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { lastArticle } from '../library/last-article';

/** At start-up with no article open yet, the one last open in this library opens again. */
export async function reopenLastArticle(
  storage: Storage | undefined = globalThis.localStorage,
): Promise<void> {
  const path = useLibraryInfoStore.getState().info?.path;
  if (path === undefined) return;
  const id = lastArticle(storage, path);
  if (id !== null) await useLibraryStore.getState().selectFirstOpenable([id]);
}
