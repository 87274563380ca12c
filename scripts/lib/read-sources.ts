import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dataset } from '../../src/data/schema';

export interface LocalSource {
  id: string;
  path: string;
  /** The file's bytes, as the checks read them; undefined where there is no such file. */
  bytes: Uint8Array | undefined;
  /** The bytes read as UTF-8, for the scripts that only look at the text. */
  text: string | undefined;
}

/**
 * Reads every source a dataset cites, from paths relative to the dataset file (or, where its
 * sources lie in several folders, to the file `fileOf` gives for each source id).
 */
export function readSources(dataset: Dataset, datasetPath: string, fileOf: (sourceId: string) => string = () => datasetPath): LocalSource[] {
  return dataset.sources.map((source) => {
    const path = resolve(dirname(fileOf(source.id)), source.file);
    if (!existsSync(path)) return { id: source.id, path, bytes: undefined, text: undefined };
    const bytes = readFileSync(path);
    return { id: source.id, path, bytes, text: bytes.toString('utf8') };
  });
}
