import { corpusFileSchema, corpusKindOf, readoutFileSchema, registryFileSchema, type CorpusFile, type ReadoutFile, type RegistryFile } from './corpus-schema';
import { DatasetError } from './dataset-error';
import { mergeCorpus, type CorpusPart, type MergedCorpus } from './merge-corpus';
import { limit, validateWith } from './parse-dataset';
import type { Dataset } from './schema';
import { splitDataset } from './split-dataset';
import { runAtOnce, runInSlices } from './slices';

/** A JSON file as read: its path as the user knows it, and its parsed value. */
export interface JsonFile {
  file: string;
  raw: unknown;
}

/** A merged corpus, and how to name it to the user: its manifest's file, or how many files it is. */
export interface AssembledCorpus extends MergedCorpus {
  label: string;
}

/** Whether these files are a corpus (a manifest, registries, readouts) rather than one whole dataset. */
export function isCorpus(files: readonly JsonFile[]): boolean {
  return files.some((f) => corpusKindOf(f.raw) !== undefined);
}

/**
 * Checks each file of a corpus against its own schema and merges them into one dataset. With a
 * manifest, exactly the files it lists are taken, in its order; without one, every registry and
 * readout opened, readouts by date. Throws a DatasetError naming each file and problem.
 */
export function assembleCorpus(files: readonly JsonFile[], base?: BaseDataset): AssembledCorpus {
  return runAtOnce(assemblySteps(files, base));
}

/** The same as assembleCorpus, in slices between which the page may paint and answer input. */
export function assembleCorpusInSlices(files: readonly JsonFile[], base?: BaseDataset): Promise<AssembledCorpus> {
  return runInSlices(assemblySteps(files, base));
}

/**
 * The dataset readouts opened without a registry join (the embedded one): its countries, places,
 * people and domains are theirs, and its readouts stand beside them, but for a readout of the same
 * source, which the opened one replaces (the same text coded again).
 */
export interface BaseDataset {
  dataset: Dataset;
  /** Its file, as the user knows it. */
  file: string;
}

/** A base dataset as the files of a corpus: its registry, then its readouts but those `replaced`. */
function baseFiles(base: BaseDataset, replaced: ReadonlySet<string>): { registries: JsonFile[]; readouts: JsonFile[] } {
  const files = splitDataset(base.dataset);
  return {
    registries: [{ file: `${base.file} (registry)`, raw: files['registry.json'] }],
    readouts: base.dataset.sources.filter((s) => !replaced.has(s.id)).map((s) => ({ file: `${base.file} (readout "${s.id}")`, raw: files[`readouts/${s.id}.json`] })),
  };
}

/** Readout files checked between two breaths. */
const SLICE = 20;

function* assemblySteps(files: readonly JsonFile[], base?: BaseDataset): Generator<void, AssembledCorpus> {
  const problems: string[] = [];
  const manifests = files.filter((f) => corpusKindOf(f.raw) === 'corpus');
  const label = manifests[0]?.file ?? (files.length === 1 ? (files[0]?.file ?? '') : `${files.length} files`);
  if (manifests.length > 1) problems.push(`${manifests.map((m) => m.file).join(', ')}: open one corpus at a time (each of these is a corpus manifest)`);
  files.forEach((f) => {
    if (corpusKindOf(f.raw) === undefined) problems.push(`${f.file} › kind: a whole dataset (or no "kind") among the files of a corpus; a corpus is made of one "corpus" manifest, "registry" files and "readout" files`);
  });
  const check = <T,>(schema: Parameters<typeof validateWith<T>>[0], f: JsonFile): CorpusPart<T> | undefined => {
    const checked = validateWith(schema, f.raw);
    if (checked.ok) return { file: f.file, value: checked.value };
    problems.push(...checked.problems.map((p) => `${f.file} › ${p}`));
    return undefined;
  };
  const [manifestFile] = manifests;
  const manifest = manifestFile ? check<CorpusFile>(corpusFileSchema, manifestFile) : undefined;
  let chosen = manifest ? listed(manifest, files, problems) : { registries: files.filter((f) => corpusKindOf(f.raw) === 'registry'), readouts: files.filter((f) => corpusKindOf(f.raw) === 'readout') };
  // Readouts without a registry (or with additions to the embedded one's) stand beside the base dataset, with its registry.
  if (!manifest && base && chosen.registries.every((f) => (f.raw as { extendsEmbedded?: unknown }).extendsEmbedded === true)) {
    const recoded = new Set(chosen.readouts.map((f) => (f.raw as { source?: { id?: unknown } }).source?.id).filter((id): id is string => typeof id === 'string'));
    const from = baseFiles(base, recoded);
    chosen = { registries: [...from.registries, ...chosen.registries], readouts: [...from.readouts, ...chosen.readouts] };
  }
  if (chosen.readouts.length === 0) problems.push(`${label}: no readout among the files (a file with "kind": "readout")`);
  if (chosen.registries.length === 0) problems.push(`${label}: no registry among the files (a file with "kind": "registry": the countries and domains every readout refers to)`);
  const registries = chosen.registries.flatMap((f) => check<RegistryFile>(registryFileSchema, f) ?? []);
  const readouts: CorpusPart<ReadoutFile>[] = [];
  for (const [i, f] of chosen.readouts.entries()) {
    if (i % SLICE === SLICE - 1) yield;
    const checked = check<ReadoutFile>(readoutFileSchema, f);
    if (checked) readouts.push(checked);
  }
  if (problems.length > 0) throw new DatasetError('schema', label, limit(problems));
  if (!manifest) readouts.sort((a, b) => a.value.source.date.localeCompare(b.value.source.date) || a.file.localeCompare(b.file));
  yield;
  const merged = mergeCorpus(manifest?.value ?? null, registries, readouts);
  const empty = (['countries', 'domainGroups', 'domains'] as const).filter((c) => merged.dataset[c].length === 0);
  if (empty.length > 0) throw new DatasetError('schema', label, empty.map((c) => `${label}: no ${c} in any registry; add them to ${registries[0]?.file ?? 'a registry file'}`));
  return { ...merged, label };
}

/**
 * The files a manifest lists, matched by path relative to it, or by name where the browser gives
 * names only. Each listed file missing, and each file opened but not listed, is a problem.
 */
function listed(manifest: CorpusPart<CorpusFile>, files: readonly JsonFile[], problems: string[]): { registries: JsonFile[]; readouts: JsonFile[] } {
  const folder = manifest.file.slice(0, manifest.file.lastIndexOf('/') + 1);
  const used = new Set<JsonFile>([...files.filter((f) => corpusKindOf(f.raw) === 'corpus')]);
  const find = (field: 'registries' | 'readouts') =>
    manifest.value[field].flatMap((path, i) => {
      const name = path.split('/').pop() ?? path;
      const found = files.find((f) => f.file === `${folder}${path}` || f.file === path) ?? files.find((f) => (f.file.split('/').pop() ?? f.file) === name && !used.has(f));
      if (!found) {
        problems.push(`${manifest.file} › ${field}[${i}]: "${path}" was not among the files opened; open the corpus's whole folder`);
        return [];
      }
      const kind = corpusKindOf(found.raw);
      if (kind !== (field === 'readouts' ? 'readout' : 'registry')) problems.push(`${found.file} › kind: listed among the ${field} of ${manifest.file}, but its kind is ${kind === undefined ? 'missing' : `"${kind}"`}`);
      used.add(found);
      return [found];
    });
  const chosen = { registries: find('registries'), readouts: find('readouts') };
  files.forEach((f) => {
    if (!used.has(f) && corpusKindOf(f.raw) !== undefined) problems.push(`${f.file}: not listed in ${manifest.file}; add it to its "${corpusKindOf(f.raw) === 'registry' ? 'registries' : 'readouts'}" or leave it out`);
  });
  return chosen;
}
