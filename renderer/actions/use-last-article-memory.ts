import { useEffect } from 'react';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { rememberLastArticle } from '../library/last-article';

/** Keeps the open article's id so that start-up (reopen-last-article) opens it again. */
export function useLastArticleMemory(storage: Storage | undefined = globalThis.localStorage) {
  const libraryPath = useLibraryInfoStore((state) => state.info?.path);
  const selectedId = useLibraryStore((state) => state.selectedId);
  useEffect(() => {
    if (libraryPath !== undefined && selectedId !== null) {
      rememberLastArticle(storage, libraryPath, selectedId);
    }
  }, [storage, libraryPath, selectedId]);
}
