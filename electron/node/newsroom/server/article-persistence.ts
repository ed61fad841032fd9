import { Database } from '@hocuspocus/extension-database';
import type { Extension, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import {
  articleIdOfDocument,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import { LibraryIndexDocument } from './library-index-document';
import type { NewsroomContext } from './newsroom-context';
import type { Member, NewsroomStore } from './newsroom-store';

/** Who stored a change that came from no connection (the server itself). */
const serverMember: Member = { name: 'Copydesk newsroom server', role: 'chief_editor' };

/**
 * Documents in and out of the store, through Hocuspocus's Database extension. An article is
 * stored as what changed since it was last stored (the store appends it, as a desk's own save
 * would), and its index entry is replaced so `changedAt` moves. An article the store does not
 * have is refused: no empty document is ever made up for it.
 */
export const articlePersistence = (
  store: NewsroomStore,
  index: LibraryIndexDocument,
): Extension<NewsroomContext> => {
  const storedVectors = new Map<string, Uint8Array>();
  const database = new Database({
    fetch: async ({ documentName }) => {
      if (documentName === libraryDocumentName) {
        return LibraryIndexDocument.initialState(await store.index());
      }
      const id = articleIdOfDocument(documentName);
      const state = id === null ? null : await store.loadArticle(id);
      if (state === null) throw new Error(`No article ${documentName} in this library.`);
      storedVectors.set(documentName, Y.encodeStateVectorFromUpdate(state));
      return state;
    },
    store: async ({ documentName, document, lastContext }) => {
      const id = articleIdOfDocument(documentName);
      if (id === null) return;
      const vector = Y.encodeStateVector(document);
      const changes = Y.encodeStateAsUpdate(document, storedVectors.get(documentName));
      const member = (lastContext as Partial<NewsroomContext> | undefined)?.member;
      const entry = await store.storeArticle(id, changes, member ?? serverMember);
      storedVectors.set(documentName, vector);
      index.replace(id, entry);
    },
  });
  return {
    extensionName: 'copydesk-persistence',
    onLoadDocument: (data) => database.onLoadDocument(data),
    onStoreDocument: (data: onStoreDocumentPayload<NewsroomContext>) =>
      database.onStoreDocument(data),
    afterUnloadDocument: ({ documentName }) => {
      storedVectors.delete(documentName);
      return Promise.resolve();
    },
  };
};
