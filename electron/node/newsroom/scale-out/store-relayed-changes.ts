import type { Extension, onChangePayload } from '@hocuspocus/server';
import { isTransactionOrigin } from '@hocuspocus/server';

/**
 * Hocuspocus stores only the changes its own clients make, and leaves relayed ones to the
 * instance they came from. When that instance dies before its debounced store, the changes
 * would live only in memory here; so every instance also stores what it received. Stores merge
 * with what is in the database, so storing a document twice costs a write, never a loss.
 */
export const storeRelayedChanges = (): Extension => ({
  onChange: (payload: onChangePayload) => {
    const origin = payload.transactionOrigin;
    if (!isTransactionOrigin(origin) || origin.source !== 'redis') return Promise.resolve();
    void payload.instance.storeDocumentHooks(payload.document, {
      instance: payload.instance,
      clientsCount: payload.document.getConnectionsCount(),
      document: payload.document,
      documentName: payload.documentName,
      lastContext: payload.context as unknown,
      lastTransactionOrigin: origin,
    });
    return Promise.resolve();
  },
});
