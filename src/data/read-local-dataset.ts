import { assembleCorpusInSlices, isCorpus, type BaseDataset, type JsonFile } from './assemble-corpus';
import { corpusKindOf } from './corpus-schema';
import { cleanDatasetText } from './clean-text';
import { DatasetError } from './dataset-error';
import type { LoadedDataset } from './fetch-dataset';
import { checkSources } from './check-sources';
import type { Origins } from './merge-corpus';
import { limit, parseJson, validateDatasetInSlices } from './parse-dataset';
import type { Dataset, Source } from './schema';

/** The embedded dataset, which readouts opened without a registry join; with a way to read its sources' bytes. */
export interface LocalBase extends BaseDataset {
  bytes: (source: Source) => Promise<Uint8Array>;
}

/** What a file is called when matched against the paths a dataset names: its name, without folders. */
const baseName = (path: string) => path.split('/').pop() ?? path;

/**
 * Reads a dataset the analyst opened from their own disk (files, or a folder's files): one JSON
 * file of the dataset schema, or a corpus (its manifest, registries and readouts), with the source
 * texts cited, matched by file name. Checked exactly as `npm run data:check` checks. Readouts
 * opened without a registry stand beside the embedded dataset (`base`, asked for only then).
 */
export async function readLocalDataset(files: readonly File[], base?: () => Promise<LocalBase | undefined>): Promise<LoadedDataset> {
  const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  if (json.length === 0) throw new DatasetError('parse', files.map((f) => f.name).join(', ') || '(no file)', ['no dataset (.json) among the files opened']);
  const parsed: JsonFile[] = await Promise.all(json.map(async (f) => ({ file: f.name, raw: parseJson(await f.text(), f.name) })));
  if (isCorpus(parsed)) {
    // Readouts alone, or with additions to the embedded registry, join the embedded dataset.
    const alone = !parsed.some((f) => corpusKindOf(f.raw) === 'corpus' || (corpusKindOf(f.raw) === 'registry' && (f.raw as { extendsEmbedded?: unknown }).extendsEmbedded !== true));
    const beside = alone && base ? await base() : undefined;
    const corpus = await assembleCorpusInSlices(parsed, beside);
    return checked(corpus.dataset, corpus.label, files, corpus.origins, beside);
  }
  const [only] = parsed;
  if (!only || parsed.length > 1) {
    throw new DatasetError('parse', json.map((f) => f.name).join(', '), ['open one dataset (.json) at a time, with its source texts, or a corpus (its corpus.json, registries, readouts and sources)']);
  }
  return checked(await validateDatasetInSlices(only.raw, only.file), only.file, files, {});
}

/**
 * The dataset with its sources' texts, once every check has passed; or a DatasetError naming each
 * problem. Each source's text is the file opened under its name (a .txt name, as the schema has it).
 */
async function checked(dataset: Dataset, label: string, files: readonly File[], origins: Origins, base?: LocalBase): Promise<LoadedDataset> {
  const ofBase = new Map(base?.dataset.sources.map((s) => [s.id, s]));
  const opened = new Map<string, File[]>();
  files.forEach((f) => opened.set(baseName(f.name), [...(opened.get(baseName(f.name)) ?? []), f]));
  // Each source read at once; gathered in the order of the sources, whatever order the reads finish in.
  const read = await Promise.all(
    dataset.sources.map(async (source, i): Promise<{ id: string; bytes: Uint8Array } | { missing: string }> => {
      const name = baseName(source.file);
      const where = origins.sources?.[i] ?? `sources[${i}] "${source.id}"`;
      const [file, ...others] = opened.get(name) ?? [];
      // A source of the embedded dataset, beside which readouts were opened, is read from the page's own files.
      const known = ofBase.get(source.id);
      if (file === undefined && known && base) return { id: source.id, bytes: await base.bytes(known) };
      if (file === undefined) return { missing: `${where} › file: "${name}" was not among the files opened; open it together with the dataset` };
      if (others.length > 0) return { missing: `${where} › file: ${others.length + 1} files opened are named "${name}"; open one` };
      return { id: source.id, bytes: new Uint8Array(await file.arrayBuffer()) };
    }),
  );
  const missing = read.flatMap((r) => ('missing' in r ? [r.missing] : []));
  const bytes = new Map(read.flatMap((r) => ('bytes' in r ? [[r.id, r.bytes] as const] : [])));
  if (missing.length > 0) throw new DatasetError('integrity', label, missing);
  const { sourceTexts, problems } = await checkSources(dataset, bytes, origins);
  if (problems.length > 0) throw new DatasetError('integrity', label, limit(problems));
  // Checked as written; shown (and exported) without the characters no label should carry.
  return { dataset: cleanDatasetText(dataset), sourceTexts: cleanDatasetText(sourceTexts), file: label };
}
