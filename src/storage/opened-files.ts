/**
 * The files of the dataset the analyst opened (the dataset and its source texts), kept in this
 * browser's IndexedDB so that a reload, or a link followed in the same tab, finds it again. They
 * are kept as they were opened and checked again when read back, as on the day they were opened.
 */
import { keyValueStore } from './indexed-db';
import { readStored, removeStored, writeStored } from './local-storage';

const KEY = 'files';
const kept = keyValueStore('china-central-asia-dashboard', 'opened-dataset');
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
  await kept.put(KEY, [...files]);
  writeStored(KEPT_MARKER, '1');
}

/** The files kept, or null where there are none (or the browser keeps nothing). */
export async function readOpenedFiles(): Promise<File[] | null> {
  const value = await kept.get(KEY);
  return Array.isArray(value) && value.every((file) => file instanceof File) ? value : null;
}

/** Forgets the files: the embedded dataset is shown from now on. */
export async function forgetOpenedFiles(): Promise<void> {
  removeStored(KEPT_MARKER);
  await kept.delete(KEY);
}
