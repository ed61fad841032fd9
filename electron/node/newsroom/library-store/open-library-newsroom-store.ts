import { AppError } from '../../../../shared/errors/error-code';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';
import type { Library } from '../../library/library';
import { openLibrary } from '../../library/open-library';
import type { NewsroomStore } from '../server/newsroom-store';
import { applyLibraryRequest } from './apply-library-request';
import { indexEntryOf } from './index-entry-of';
import { promised } from './promised';
import { openAccountDatabase } from './open-account-database';

/** The origin of the updates the server stores, so it does not take its own writes back. */
const serverOrigin = 'newsroom-server';

const everyArticleId = (library: Library): string[] => {
  const ids: string[] = [];
  for (const trash of [false, true]) {
    for (let offset = 0, total = 1; offset < total; offset += 200) {
      const page = library.list({ trash, offset, limit: 200, sort: 'created', direction: 'asc' });
      total = page.total;
      ids.push(...page.items.map((item) => item.id));
    }
  }
  return ids;
};

/**
 * The embedded newsroom store: a Copydesk library folder (SQLite), written through the library's
 * own paths, so a desk's typing is appended and derived like a local edit, and a status move
 * checked and logged like a local one. The server holds the library's lock; only the accounts
 * are written by other processes too (`copydesk users`).
 */
export const openLibraryNewsroomStore = (folder: string): NewsroomStore => {
  const library = openLibrary(folder, { create: false });
  let accounts;
  try {
    accounts = openAccountDatabase(library.path);
  } catch (error) {
    library.close();
    throw error;
  }
  const { libraryId } = accounts;
  return {
    libraryId,
    accounts: accounts.accounts,
    index: () =>
      promised(() => {
        const entries = new Map<string, IndexEntry>();
        for (const id of everyArticleId(library)) entries.set(id, indexEntryOf(library, id));
        return entries;
      }),
    loadArticle: (id) =>
      promised(() => {
        try {
          return decodeUpdate(library.document(id).state);
        } catch (error) {
          if (error instanceof AppError && error.code === 'not_found') return null;
          throw error;
        }
      }),
    storeArticle: (id, update, by) =>
      promised(() => {
        library.applyUpdate({ id, update, origin: serverOrigin }, by);
        return indexEntryOf(library, id, new Date().toISOString());
      }),
    apply: (request, by) => promised(() => applyLibraryRequest(library, request, by)),
    onArticleUpdate: (listener) =>
      library.onDocumentUpdate((stored) => {
        if (stored.origin !== serverOrigin) listener(stored.articleId, stored.update);
      }),
    close: () =>
      promised(() => {
        try {
          library.close();
        } finally {
          accounts.close();
        }
      }),
  };
};
