import type Database from 'better-sqlite3';
import type * as Y from 'yjs';

export interface StoredDocumentUpdate {
  articleId: string;
  update: Uint8Array;
  /** The editor that sent it, or null for the library's own writes (restore, import, CLI). */
  origin: string | null;
}

const maximumOpenDocuments = 32;

/**
 * The documents a library has in memory, so an editor's small update is applied to the loaded
 * document instead of rebuilding it from the stored updates on every keystroke. Updates are
 * announced only after their transaction committed; a rolled-back transaction drops the
 * documents it touched, so memory never holds what the disk does not.
 */
export class ArticleDocuments {
  readonly #documents = new Map<number, Y.Doc>();
  readonly #listeners = new Set<(update: StoredDocumentUpdate) => void>();
  #pending: StoredDocumentUpdate[] = [];
  #touched = new Set<number>();

  get(rowId: number): Y.Doc | undefined {
    const doc = this.#documents.get(rowId);
    if (doc !== undefined) {
      this.#documents.delete(rowId);
      this.#documents.set(rowId, doc);
    }
    this.#touched.add(rowId);
    return doc;
  }

  keep(rowId: number, doc: Y.Doc): void {
    this.#documents.set(rowId, doc);
    this.#touched.add(rowId);
    for (const [oldest, document] of this.#documents) {
      if (this.#documents.size <= maximumOpenDocuments) break;
      this.#documents.delete(oldest);
      document.destroy();
    }
  }

  forget(rowId: number): void {
    this.#documents.get(rowId)?.destroy();
    this.#documents.delete(rowId);
  }

  queue(update: StoredDocumentUpdate): void {
    this.#pending.push(update);
  }

  /** After a library call: announce what it stored, or drop what it may have half-changed. */
  settle(committed: boolean): void {
    const pending = this.#pending;
    const touched = this.#touched;
    this.#pending = [];
    this.#touched = new Set();
    if (!committed) {
      for (const rowId of touched) this.forget(rowId);
      return;
    }
    for (const update of pending) for (const listener of this.#listeners) listener(update);
  }

  onUpdate(listener: (update: StoredDocumentUpdate) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    for (const doc of this.#documents.values()) doc.destroy();
    this.#documents.clear();
    this.#listeners.clear();
  }
}

const registry = new WeakMap<Database.Database, ArticleDocuments>();

export const documentsOf = (db: Database.Database): ArticleDocuments => {
  let documents = registry.get(db);
  if (documents === undefined) {
    documents = new ArticleDocuments();
    registry.set(db, documents);
  }
  return documents;
};
