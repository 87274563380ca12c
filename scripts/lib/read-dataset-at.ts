import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { assembleCorpus, type JsonFile } from '../../src/data/assemble-corpus';
import { corpusKindOf } from '../../src/data/corpus-schema';
import { DatasetError } from '../../src/data/dataset-error';
import type { Origins } from '../../src/data/merge-corpus';
import { parseDataset, parseJson } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/schema';

/** A dataset read from disk: one file, or a corpus merged from its folder. */
export interface DatasetOnDisk {
  dataset: Dataset;
  origins: Origins;
  /** The file its sources' paths are relative to. */
  path: string;
  /** Where a source's path is relative to, where that is not `path` (a readout checked beside the embedded dataset). */
  fileOf?: (sourceId: string) => string;
  /** What problems are prefixed with: the file's name for one file; nothing for a corpus, whose problems name their files. */
  prefix: string;
  /** Per readout of a corpus, its file (by source id). */
  readoutFiles: Map<string, string>;
}

/**
 * Reads `target`: a dataset file, a corpus manifest, or a folder holding either (corpus.json
 * first). Throws a DatasetError naming each file and problem.
 */
export function readDatasetAt(target: string): DatasetOnDisk {
  const path = statSync(target).isDirectory() ? [join(target, 'corpus.json'), join(target, 'dataset.json')].find((p) => existsSync(p)) : target;
  if (!path) throw new DatasetError('empty', target, [`${target}: a folder with neither corpus.json nor dataset.json`]);
  const name = relative(dirname(path), path);
  const body = readFileSync(path, 'utf8');
  const raw = parseJson(body, name);
  if (corpusKindOf(raw) === 'readout') return besideBase(path, name, raw);
  if (corpusKindOf(raw) !== 'corpus') return { dataset: parseDataset(body, name), origins: {}, path, prefix: `${name} › `, readoutFiles: new Map() };
  const manifest = raw as { registries?: unknown; readouts?: unknown };
  const listedFiles = [manifest.registries, manifest.readouts].flatMap((list) => (Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : []));
  const files: JsonFile[] = [{ file: name, raw }];
  const problems: string[] = [];
  for (const file of listedFiles) {
    const at = join(dirname(path), file);
    if (!existsSync(at)) continue; // reported by the assembly, as a file not among those read
    try {
      files.push({ file, raw: parseJson(readFileSync(at, 'utf8'), file) });
    } catch (error) {
      problems.push(...(error instanceof DatasetError ? error.problems.map((p) => `${file} › ${p}`) : [String(error)]));
    }
  }
  if (problems.length > 0) throw new DatasetError('parse', name, problems);
  const corpus = assembleCorpus(files);
  const readoutFiles = new Map(corpus.dataset.sources.map((s, i) => [s.id, (corpus.origins.sources?.[i] ?? '').split(' › ')[0] ?? '']));
  return { dataset: corpus.dataset, origins: corpus.origins, path, prefix: '', readoutFiles };
}

/** The embedded dataset, beside which a readout file alone is checked. */
export const BASE_DATASET = 'public/data/dataset.json';

/**
 * A readout file alone, checked as the dashboard opens it: beside the embedded dataset, with its
 * registry (and in place of its readout of the same source, if it codes that source again).
 */
function besideBase(path: string, name: string, raw: unknown): DatasetOnDisk {
  const base = parseDataset(readFileSync(BASE_DATASET, 'utf8'), 'dataset.json');
  // Additions to the embedded registry saved beside it (the coding tool's) join it.
  const additions = readdirSync(dirname(path))
    .filter((f) => f.endsWith('.json') && f !== name)
    .flatMap((file) => {
      const other = parseJson(readFileSync(join(dirname(path), file), 'utf8'), file) as { kind?: unknown; extendsEmbedded?: unknown };
      return other.kind === 'registry' && other.extendsEmbedded === true ? [{ file, raw: other }] : [];
    });
  const corpus = assembleCorpus([{ file: name, raw }, ...additions], { dataset: base, file: 'dataset.json' });
  const own = (raw as { source?: { id?: unknown } }).source?.id;
  const readoutFiles = new Map(corpus.dataset.sources.map((s) => [s.id, s.id === own ? name : `${BASE_DATASET} (embedded)`]));
  return { dataset: corpus.dataset, origins: corpus.origins, path, fileOf: (sourceId) => (sourceId === own ? path : BASE_DATASET), prefix: '', readoutFiles };
}

