import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dataset } from '../../src/data/schema';

export interface LocalSource {
  id: string;
  path: string;
  text: string | undefined;
  sha256: string | undefined;
}

/** Reads every source a dataset cites, from paths relative to the dataset file. */
export function readSources(dataset: Dataset, datasetPath: string): LocalSource[] {
  return dataset.sources.map((source) => {
    const path = resolve(dirname(datasetPath), source.file);
    if (!existsSync(path)) return { id: source.id, path, text: undefined, sha256: undefined };
    const bytes = readFileSync(path);
    return { id: source.id, path, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}
