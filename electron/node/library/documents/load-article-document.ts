import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { createArticleDocument } from '../../../../shared/collab/create-article-document';
import type { ArticleFields } from '../../../../shared/model/article';
import { prepared } from '../storage/prepared';
import { documentsOf } from './article-documents';
import { decodeStoredUpdate, encodeStoredUpdate, type StoredUpdate } from './stored-update';

export interface DocumentOwner {
  rowId: number;
  id: string;
}

export const appendDocumentUpdate = (
  db: Database.Database,
  rowId: number,
  update: Uint8Array,
): void => {
  const { data, deflated } = encodeStoredUpdate(update);
  prepared(db, 'INSERT INTO article_updates (article_row, data, deflated) VALUES (?, ?, ?)').run(
    rowId,
    data,
    deflated,
  );
};

/** Also read by compaction, which merges them without loading the cached document. */
export const storedUpdates = (db: Database.Database, rowId: number): Uint8Array[] =>
  (
    prepared(
      db,
      'SELECT data, deflated FROM article_updates WHERE article_row = ? ORDER BY id',
    ).all(rowId) as StoredUpdate[]
  ).map(decodeStoredUpdate);

/**
 * The article's document: from memory, else rebuilt from its stored updates, else seeded from
 * `seedFields` (an article written before documents existed). Call inside a write transaction.
 */
export const loadArticleDocument = (
  db: Database.Database,
  owner: DocumentOwner,
  seedFields: () => ArticleFields,
  options: { persistSeed: boolean } = { persistSeed: true },
): Y.Doc => {
  const documents = documentsOf(db);
  const cached = documents.get(owner.rowId);
  if (cached !== undefined) return cached;
  const updates = storedUpdates(db, owner.rowId);
  const doc = new Y.Doc();
  if (updates.length === 0) {
    const seeded = createArticleDocument(owner.id, seedFields());
    const seed = Y.encodeStateAsUpdate(seeded);
    seeded.destroy();
    if (options.persistSeed) appendDocumentUpdate(db, owner.rowId, seed);
    Y.applyUpdate(doc, seed);
  } else {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
  }
  documents.keep(owner.rowId, doc);
  return doc;
};
