import type { Extension, Hocuspocus, onLoadDocumentPayload } from '@hocuspocus/server';
import { isTransactionOrigin } from '@hocuspocus/server';
import type * as Y from 'yjs';
import {
  articleDocumentName,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import { IndexEntry, indexMapName } from '../../../../shared/newsroom/library-index';
import { serverWrite } from '../server/library-index-document';
import { setWritable } from '../server/set-writable';
import { isNewerEntry } from './newer-entry';

const relayed = (origin: unknown): boolean =>
  isTransactionOrigin(origin) && origin.source === 'redis';

/**
 * The `library` document when several instances write it. Two instances replacing one entry at
 * once is a Yjs conflict that either side may win, whatever the order the database applied
 * them in: an instance that sees an older entry win puts the newer one back. An entry relayed
 * from another instance also turns this instance's open connections to a trashed article
 * read-only (and writable again once restored), as the instance that trashed it does.
 */
export const relayedIndex = (): Extension => {
  const latest = new Map<string, IndexEntry>();
  let instance: Hocuspocus | null = null;
  const applyTrash = (id: string, entry: IndexEntry) => {
    const document = instance?.documents.get(articleDocumentName(id));
    if (document !== undefined) setWritable(document, entry.trashedAt === null);
  };
  const watch = (doc: Y.Doc) => {
    const map = doc.getMap<unknown>(indexMapName);
    map.observe((event) => {
      const fromAnotherInstance = relayed(event.transaction.origin);
      const stale: [string, IndexEntry][] = [];
      for (const id of event.keysChanged as Set<string>) {
        const parsed = IndexEntry.safeParse(map.get(id));
        if (!parsed.success) continue;
        const known = latest.get(id);
        if (known !== undefined && isNewerEntry(known, parsed.data)) {
          stale.push([id, known]);
          continue;
        }
        latest.set(id, parsed.data);
        if (fromAnotherInstance) applyTrash(id, parsed.data);
      }
      if (stale.length === 0) return;
      // Not inside the observer's transaction: the repair is a change of its own, relayed on.
      setImmediate(() =>
        doc.transact(() => {
          for (const [id, entry] of stale) map.set(id, entry);
        }, serverWrite),
      );
    });
  };
  return {
    extensionName: 'copydesk-relayed-index',
    onConfigure: ({ instance: configured }) => {
      instance = configured;
      return Promise.resolve();
    },
    afterLoadDocument: ({ documentName, document }: onLoadDocumentPayload) => {
      if (documentName === libraryDocumentName) watch(document);
      return Promise.resolve();
    },
  };
};
