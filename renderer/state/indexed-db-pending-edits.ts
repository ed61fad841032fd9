import type { PendingEdit, PendingEditsBackend } from './pending-edits';

const databaseName = 'copydesk';
const storeName = 'pending-edits';

const openDatabase = (factory: IDBFactory): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const request = factory.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
  });

/**
 * The page's IndexedDB. Writes ask for strict durability (flushed to disk before they complete):
 * these are the writer's words while the server cannot take them.
 */
export function indexedDbPendingEditsBackend(factory: IDBFactory): PendingEditsBackend {
  let database: Promise<IDBDatabase> | undefined;
  const run = async <T>(
    mode: IDBTransactionMode,
    action: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> => {
    database ??= openDatabase(factory);
    const opened = await database;
    return new Promise((resolve, reject) => {
      const transaction = opened.transaction(storeName, mode, { durability: 'strict' });
      const request = action(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () =>
        reject(transaction.error ?? new Error('IndexedDB refused the write.'));
    });
  };
  return {
    put: async (value: PendingEdit) => void (await run('readwrite', (store) => store.put(value))),
    delete: async (id) => void (await run('readwrite', (store) => store.delete(id))),
    get: (id) => run('readonly', (store) => store.get(id)),
    all: () => run('readonly', (store) => store.getAll()),
  };
}
