import { cleanDatasetText } from './clean-text';
import { DatasetError } from './dataset-error';
import { fetchBytes } from './fetch-text';
import { sha256Hex } from './sha256';
import { checkSources } from './check-sources';
import { limitConcurrency } from './limit-concurrency';
import type { SourceTexts } from './find-integrity-problems';
import { limit, parseJson, validateDatasetInSlices } from './parse-dataset';
import { SOURCE_FILE, type Dataset, type Source } from './schema';

/** A dataset that passed every check, with the text of each source it cites. */
export interface LoadedDataset {
  dataset: Dataset;
  sourceTexts: SourceTexts;
  /** Where it came from, as shown to the user. */
  file: string;
  /** The embedded dataset's very file, as the build checked it (and drew the page's first view from). */
  checkedByBuild?: boolean;
}

/** Source files asked for at once: enough to keep the connections busy, few enough for any browser. */
const SOURCE_REQUESTS_AT_ONCE = 16;

/**
 * Fetches the dataset and its sources, then checks both as `npm run data:check` does; throws a
 * DatasetError otherwise. A dataset file whose SHA-256 is `checkedSha256` (the embedded one, as
 * the build checked it) is trusted: only its sources' hashes are compared with those it declares.
 */
export async function fetchDataset(url: string, signal?: AbortSignal, checkedSha256?: string): Promise<LoadedDataset> {
  const file = fileName(url);
  const bytes = await fetchBytes(url, file, signal);
  const checked = checkedSha256 !== undefined && (await sha256Hex(bytes)) === checkedSha256;
  const raw = parseJson(new TextDecoder().decode(bytes), file);
  const base = new URL(url, document.baseURI);
  const gate = limitConcurrency(SOURCE_REQUESTS_AT_ONCE);
  const fetchSource = (path: string) => settle(gate(() => fetchBytes(new URL(path, base).href, path, signal)));
  // The sources are asked for while the dataset is checked; their texts count only if it passes.
  const early = new Map(sourceFiles(raw).map((path) => [path, fetchSource(path)]));
  const dataset = checked ? (raw as Dataset) : await validateDatasetInSlices(raw, file);
  const entries = await Promise.all(
    dataset.sources.map(async (source) => [source, unwrap(await (early.get(source.file) ?? fetchSource(source.file)))] as const),
  );
  const files = new Map(entries.map(([source, bytes]) => [source.id, bytes]));
  if (checked && (await sourcesAsDeclared(entries))) {
    const sourceTexts = Object.fromEntries(entries.map(([source, bytes]) => [source.id, new TextDecoder().decode(bytes)]));
    return { dataset: cleanDatasetText(dataset), sourceTexts: cleanDatasetText(sourceTexts), file, checkedByBuild: true };
  }
  const { sourceTexts, problems } = await checkSources(checked ? await validateDatasetInSlices(raw, file) : dataset, files);
  if (problems.length > 0) throw new DatasetError('integrity', file, limit(problems));
  // Checked as written; shown (and exported) without the characters no label should carry.
  return { dataset: cleanDatasetText(dataset), sourceTexts: cleanDatasetText(sourceTexts), file };
}

/** Whether every source file is the one the dataset declares, byte for byte (by SHA-256). */
async function sourcesAsDeclared(sources: readonly (readonly [Source, Uint8Array])[]): Promise<boolean> {
  const digests = await Promise.all(sources.map(async ([source, bytes]) => (await sha256Hex(bytes)) === source.sha256));
  return digests.every(Boolean);
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects, so an early request nobody waits for cannot go unhandled. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

function unwrap<T>(settled: Settled<T>): T {
  if (settled.ok) return settled.value;
  throw settled.error;
}

/** The source files a not-yet-checked dataset names, where they look like what the schema allows. */
function sourceFiles(raw: unknown): string[] {
  const sources = (raw as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((s: unknown) => {
    const path = (s as { file?: unknown } | null)?.file;
    return typeof path === 'string' && SOURCE_FILE.test(path) ? [path] : [];
  });
}

function fileName(url: string): string {
  return url.split('/').pop() ?? url;
}
