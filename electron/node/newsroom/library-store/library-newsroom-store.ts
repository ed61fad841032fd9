import { AppError } from '../../../../shared/errors/error-code';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';
import type { Library } from '../../library/library';
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
 * The embedded newsroom store over an open library (SQLite), written through the library's own
 * paths, so a desk's typing is appended and derived like a local edit, and a status move checked
 * and logged like a local one. Closing it closes the accounts, not the library: the desktop app
 * shares the library it has open (`copydesk serve` opens its own, see openLibraryNewsroomStore).
 */
export const libraryNewsroomStore = (library: Library): NewsroomStore => {
  const accounts = openAccountDatabase(library.path);
  const { libraryId } = accounts;
  // Status, trash and moves change only through `apply`: storing typing just moves `changedAt`,
  // without deriving the article on every store (the library derives it a second later).
  const entries = new Map<string, IndexEntry>();
  const entryOf = (id: string, changedAt?: string): IndexEntry => {
    const known = entries.get(id);
    const entry =
      known === undefined || changedAt === undefined
        ? indexEntryOf(library, id, changedAt)
        : { ...known, changedAt };
    entries.set(id, entry);
    return entry;
  };
  return {
    libraryId,
    accounts: accounts.accounts,
    index: () => promised(() => new Map(everyArticleId(library).map((id) => [id, entryOf(id)]))),
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
        return entryOf(id, new Date().toISOString());
      }),
    apply: (request, by) =>
      promised(() => {
        const outcome = applyLibraryRequest(library, request, by);
        if (outcome.ok) entries.set(outcome.id, outcome.entry);
        return outcome;
      }),
    onArticleUpdate: (listener) =>
      library.onDocumentUpdate((stored) => {
        if (stored.origin !== serverOrigin) listener(stored.articleId, stored.update);
      }),
    close: () => promised(() => accounts.close()),
  };
};
