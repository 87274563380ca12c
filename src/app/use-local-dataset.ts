import { useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/fetch-dataset';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions, DEFAULT_DATASET_URL } from '../data/dataset-query';
import { fetchBytes } from '../data/fetch-text';
import { readLocalDataset, type LocalBase } from '../data/read-local-dataset';
import { droppedFiles } from './dropped-files';
import { forgetOpenedFiles, hasKeptFiles, keepOpenedFiles, readOpenedFiles } from '../storage/opened-files';

/**
 * The embedded dataset, beside which readouts opened alone stand: fetched (or taken from the
 * cache) only when such readouts are opened; its sources are read from the page's own files.
 */
function embeddedBase(queryClient: QueryClient): () => Promise<LocalBase> {
  return async () => {
    const loaded = await queryClient.query(datasetQueryOptions());
    const folder = new URL(DEFAULT_DATASET_URL, document.baseURI);
    return { dataset: loaded.dataset, file: loaded.file, bytes: (source) => fetchBytes(new URL(source.file, folder).href, source.file) };
  };
}

/** A dataset in use with the files it came from (none for the embedded one). */
interface Shown {
  loaded: LoadedDataset;
  files: readonly File[];
}

/** The last change of dataset, to say and to undo: what was shown before it (null: the embedded one). */
export interface DatasetChange {
  to: 'opened' | 'embedded';
  file: string | null;
  before: Shown | null;
  /** Why the files could not be kept for the next visit, if they could not. */
  notKept: string | null;
}

/**
 * A dataset the analyst opened from disk (file picker or drag-and-drop). A file that fails the
 * checks leaves the current dataset in place and reports its problems. What was opened is kept
 * in this browser (IndexedDB) and opened again on the next visit, until the analyst goes back to
 * the embedded dataset; each change can be undone.
 */
export function useLocalDataset() {
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [change, setChange] = useState<DatasetChange | null>(null);
  // Until the kept files are read back, the page waits rather than show the embedded dataset first.
  const [restoring, setRestoring] = useState(hasKeptFiles);
  // What is shown, for the handlers: a change records what it replaced.
  const current = useRef<Shown | null>(null);
  useEffect(() => {
    current.current = shown;
  }, [shown]);

  useEffect(() => {
    let cancelled = false;
    const restore = async () => {
      try {
        const files = await readOpenedFiles();
        if (files && !cancelled) setShown({ loaded: await readLocalDataset(files, embeddedBase(queryClient)), files });
      } catch (caught) {
        // Kept files that no longer pass the checks (or storage that cannot be read): said, and forgotten.
        if (!cancelled) setError(caught instanceof Error ? caught : new Error(String(caught)));
        await forgetOpenedFiles().catch(() => undefined);
      } finally {
        if (!cancelled) setRestoring(false);
      }
    };
    void restore();
    return () => {
      cancelled = true;
    };
    // The client is the page's one: this runs once, on the first visit's load.
  }, [queryClient]);

  /** Shows a dataset (null: the embedded one), keeps or forgets its files, and says so. */
  const show = async (next: Shown | null) => {
    const before = current.current;
    current.current = next;
    setShown(next);
    setError(null);
    let notKept: string | null = null;
    try {
      if (next) await keepOpenedFiles(next.files);
      else await forgetOpenedFiles();
    } catch (caught) {
      notKept = caught instanceof Error ? caught.message : String(caught);
    }
    setChange({ to: next ? 'opened' : 'embedded', file: next?.loaded.file ?? null, before, notKept });
  };

  const open = async (files: readonly File[]) => {
    try {
      const loaded = await readLocalDataset(files, embeddedBase(queryClient));
      await show({ loaded, files });
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  };

  // Dropping files anywhere on the page opens them, through the latest `open`.
  const opener = useRef(open);
  useEffect(() => {
    opener.current = open;
  });
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer || event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      droppedFiles(event.dataTransfer).then(
        (files) => opener.current(files),
        (caught: unknown) => setError(caught instanceof Error ? caught : new Error(String(caught))),
      );
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return {
    local: shown?.loaded ?? null,
    restoring,
    error,
    change,
    open: (files: readonly File[]) => void open(files),
    backToDefault: () => void show(null),
    /** Puts back the dataset shown before the last change. */
    undo: () => {
      if (change) void show(change.before).then(() => setChange(null));
    },
    dismissError: () => setError(null),
    dismissChange: () => setChange(null),
  };
}
