/** One IndexedDB object store, in a database of its own, read and written one value at a time. */
export interface KeyValueStore {
  get: (key: string) => Promise<unknown>;
  put: (key: string, value: unknown) => Promise<void>;
  delete: (key: string) => Promise<void>;
}

/** The store `store` of the database `database`; where the browser has no IndexedDB, reads find nothing. */
export function keyValueStore(database: string, store: string): KeyValueStore {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
  const run = async (mode: IDBTransactionMode, act: (objects: IDBObjectStore) => IDBRequest): Promise<unknown> => {
    if (typeof indexedDB === 'undefined') return null;
    const db = await open();
    try {
      return await new Promise((resolve, reject) => {
        const transaction = db.transaction(store, mode);
        const request = act(transaction.objectStore(store));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB refused the change'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB refused the change'));
      });
    } finally {
      db.close();
    }
  };
  return {
    get: (key) => run('readonly', (objects) => objects.get(key)),
    put: async (key, value) => {
      await run('readwrite', (objects) => objects.put(value, key));
    },
    delete: async (key) => {
      await run('readwrite', (objects) => objects.delete(key));
    },
  };
}
