import * as Y from 'yjs';
import { IndexEntry, indexMapName } from '../../../../shared/newsroom/library-index';

/** The origin of the server's own writes: Hocuspocus broadcasts them and never stores them. */
export const serverWrite = { source: 'local', skipStoreHooks: true } as const;

/**
 * The `library` document as the server keeps it: every article's entry, replaced whole. Clients
 * only read it; an entry is written here after the store accepted the change it reflects.
 */
export class LibraryIndexDocument {
  #doc: Y.Doc | null = null;

  /** The state to load the document with, from the store's index. */
  static initialState(entries: Map<string, IndexEntry>): Uint8Array {
    const doc = new Y.Doc();
    const map = doc.getMap<IndexEntry>(indexMapName);
    doc.transact(() => {
      for (const [id, entry] of entries) map.set(id, entry);
    });
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return state;
  }

  attach(doc: Y.Doc): void {
    this.#doc = doc;
  }

  entry(id: string): IndexEntry | null {
    const value = this.#doc?.getMap<IndexEntry>(indexMapName).get(id);
    const parsed = IndexEntry.safeParse(value);
    return parsed.success ? parsed.data : null;
  }

  replace(id: string, entry: IndexEntry): void {
    const doc = this.#doc;
    if (doc === null) return;
    doc.transact(() => doc.getMap<IndexEntry>(indexMapName).set(id, entry), serverWrite);
  }
}
