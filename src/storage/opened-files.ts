/**
 * The files of the dataset the analyst opened (the dataset and its source texts), kept in this
 * browser's IndexedDB so that a reload, or a link followed in the same tab, finds it again. They
 * are kept as they were opened and checked again when read back, as on the day they were opened.
 */
import { readStored, removeStored, writeStored } from './local-storage';

const DATABASE = 'china-central-asia-dashboard';
const STORE = 'opened-dataset';
const KEY = 'files';
/**
 * Said in localStorage while files are kept, so the page knows before it draws (synchronously,
 * unlike IndexedDB) that it must wait for them rather than show the embedded dataset.
 */
const KEPT_MARKER = 'china-central-asia-dashboard/opened-dataset';

/** Whether files were kept on an earlier visit, as far as this browser says synchronously. */
export function hasKeptFiles(): boolean {
  return typeof indexedDB !== 'undefined' && readStored(KEPT_MARKER) !== null;
}

/** Keeps the files, replacing those kept before. */
export async function keepOpenedFiles(files: readonly File[]): Promise<void> {
  await run('readwrite', (store) => store.put([...files], KEY));
  writeStored(KEPT_MARKER, '1');
}

/** The files kept, or null where there are none (or the browser keeps nothing). */
export async function readOpenedFiles(): Promise<File[] | null> {
  const value = await run('readonly', (store) => store.get(KEY));
  return Array.isArray(value) && value.every((file) => file instanceof File) ? value : null;
}

/** Forgets the files: the embedded dataset is shown from now on. */
export async function forgetOpenedFiles(): Promise<void> {
  removeStored(KEPT_MARKER);
  await run('readwrite', (store) => store.delete(KEY));
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function run(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<unknown> {
  if (typeof indexedDB === 'undefined') return null;
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB refused the change'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB refused the change'));
    });
  } finally {
    db.close();
  }
}
