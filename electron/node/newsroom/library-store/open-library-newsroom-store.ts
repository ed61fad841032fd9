import { openLibrary } from '../../library/open-library';
import type { NewsroomStore } from '../server/newsroom-store';
import { libraryNewsroomStore } from './library-newsroom-store';
import { promised } from './promised';

/**
 * The newsroom store of `copydesk serve --library DIR`: the server opens the library folder and
 * holds its lock; only the accounts are written by other processes too (`copydesk users`).
 */
export const openLibraryNewsroomStore = (folder: string): NewsroomStore => {
  const library = openLibrary(folder, { create: false });
  let store: NewsroomStore;
  try {
    store = libraryNewsroomStore(library);
  } catch (error) {
    library.close();
    throw error;
  }
  return {
    ...store,
    close: async () => {
      try {
        await store.close();
      } finally {
        await promised(() => library.close());
      }
    },
  };
};
