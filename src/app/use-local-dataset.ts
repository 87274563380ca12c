import { useEffect, useState } from 'react';
import type { LoadedDataset } from '../data/fetch-dataset';
import { readLocalDataset } from '../data/read-local-dataset';

/**
 * A dataset the analyst opened from disk (file picker or drag-and-drop). A file that fails the
 * checks leaves the current dataset in place and reports its problems.
 */
export function useLocalDataset() {
  const [local, setLocal] = useState<LoadedDataset | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const open = async (files: readonly File[]) => {
    try {
      setLocal(await readLocalDataset(files));
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  };

  // Dropping files anywhere on the page opens them.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      void open(files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return {
    local,
    error,
    open: (files: readonly File[]) => void open(files),
    backToDefault: () => {
      setLocal(null);
      setError(null);
    },
    dismissError: () => setError(null),
  };
}
