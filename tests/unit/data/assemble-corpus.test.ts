import { describe, expect, test } from 'vitest';
import { assembleCorpus, assembleCorpusInSlices, isCorpus, type BaseDataset, type JsonFile } from '../../../src/data/assemble-corpus';
import type { ReadoutFile, RegistryFile } from '../../../src/data/corpus-schema';
import { DatasetError } from '../../../src/data/dataset-error';
import { splitDataset } from '../../../src/data/split-dataset';
import { countBreaths } from '../../fixtures/count-breaths';
import { corpusFiles } from '../../fixtures/load-corpus';
import { makeCommitment, makeDataset } from '../../fixtures/make-dataset';

const errorOf = (files: readonly JsonFile[], base?: BaseDataset): DatasetError => {
  try {
    assembleCorpus(files, base);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected assembleCorpus to refuse these files');
};
const problemsOf = (files: readonly JsonFile[], base?: BaseDataset) => errorOf(files, base).problems;

/** The test corpus's file at this path. */
const fixture = (path: string): JsonFile => {
  const found = corpusFiles().find((f) => f.file === path);
  if (!found) throw new Error(`no ${path} in the test corpus`);
  return found;
};
const withRaw = (file: string, raw: unknown): JsonFile => ({ file, raw });
const manifest = (registries: string[], readouts: string[]) => ({ ...(fixture('corpus.json').raw as object), registries, readouts });
const sourceIds = (files: readonly JsonFile[], base?: BaseDataset) => assembleCorpus(files, base).dataset.sources.map((s) => s.id);

describe('what counts as a corpus', () => {
  test('any file of a corpus among those opened makes them one, so that a whole dataset among them is named', () => {
    const whole = withRaw('dataset.json', makeDataset());
    expect(isCorpus([fixture('registry.json'), whole])).toBe(true);
    expect(isCorpus([whole])).toBe(false);
    expect(problemsOf([fixture('registry.json'), fixture('readouts/fm-2023.json'), whole])).toEqual([
      'dataset.json › kind: a whole dataset (or no "kind") among the files of a corpus; a corpus is made of one "corpus" manifest, "registry" files and "readout" files',
    ]);
  });
});

describe('a corpus without its manifest', () => {
  test('says so when it has no readout, or no registry, naming the one file opened', () => {
    const noReadout = errorOf([fixture('registry.json')]);
    expect([noReadout.kind, noReadout.file, noReadout.problems]).toEqual(['schema', 'registry.json', ['registry.json: no readout among the files (a file with "kind": "readout")']]);
    expect(problemsOf([fixture('readouts/fm-2023.json')])).toEqual([
      'readouts/fm-2023.json: no registry among the files (a file with "kind": "registry": the countries and domains every readout refers to)',
    ]);
  });

  test('orders readouts of the same day by their file names', () => {
    const readout = fixture('readouts/fm-2023.json').raw as ReadoutFile;
    const named = (id: string): ReadoutFile => ({ ...readout, id, source: { ...readout.source, id: `${id}-readout` } });
    const files = [fixture('registry.json'), withRaw('b.json', named('b')), withRaw('a.json', named('a')), withRaw('c.json', named('c'))];
    expect(sourceIds(files)).toEqual(['a-readout', 'b-readout', 'c-readout']);
  });

  test('checks many readouts in slices, letting the page paint after each twenty', async () => {
    const readout = fixture('readouts/fm-2023.json');
    const files = [fixture('registry.json'), ...Array.from({ length: 40 }, (_, i) => withRaw(`readouts/copy-${i}.json`, readout.raw))];
    const sliced = await countBreaths(() => assembleCorpusInSlices(files));
    expect(sliced.breaths).toBe(3);
    expect(sliced.value).toEqual(assembleCorpus(files));
    expect(sliced.value?.label).toBe('41 files');
    expect((await countBreaths(() => assembleCorpusInSlices(files.slice(0, 20)))).breaths).toBe(1);
    expect((await countBreaths(() => assembleCorpusInSlices(files.slice(0, 21)))).breaths).toBe(2);
  });

  test('refuses in slices as at once, with the same problems', async () => {
    const refused = await countBreaths(() => assembleCorpusInSlices([fixture('registry.json')]));
    expect(refused.error).toBeInstanceOf(DatasetError);
    expect((refused.error as DatasetError).problems).toEqual(problemsOf([fixture('registry.json')]));
  });
});

describe('a corpus with its manifest', () => {
  test('takes its readouts in the order it lists them, not by date', () => {
    const files = [withRaw('corpus.json', manifest(['registry.json'], ['readouts/summit-2025.json', 'readouts/fm-2023.json'])), fixture('registry.json'), fixture('readouts/fm-2023.json'), fixture('readouts/summit-2025.json')];
    expect(sourceIds(files)).toEqual(['summit-2025-readout', 'fm-2023-readout']);
  });

  test('finds each listed file by its path relative to the manifest, before any of the same name', () => {
    const listing = manifest(['registry.json'], ['readouts/a/fm.json', 'readouts/b/fm.json']);
    const a = fixture('readouts/fm-2023.json').raw;
    const b = fixture('readouts/fm-2024.json').raw;
    const inFolder = [withRaw('mine/corpus.json', listing), withRaw('mine/registry.json', fixture('registry.json').raw), withRaw('mine/readouts/b/fm.json', b), withRaw('mine/readouts/a/fm.json', a)];
    expect(sourceIds(inFolder)).toEqual(['fm-2023-readout', 'fm-2024-readout']);
    // The same files, given relative to the manifest's folder rather than with it.
    const relative = [withRaw('mine/corpus.json', listing), withRaw('registry.json', fixture('registry.json').raw), withRaw('readouts/b/fm.json', b), withRaw('readouts/a/fm.json', a)];
    expect(sourceIds(relative)).toEqual(['fm-2023-readout', 'fm-2024-readout']);
  });

  test('finds each listed file by its name where the browser gives names only, or other folders', () => {
    const byName = corpusFiles().map((f) => withRaw(f.file.split('/').pop() ?? f.file, f.raw));
    expect(byName.map((f) => f.file)).toContain('fm-2023.json');
    expect(sourceIds(byName)).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
    const elsewhere = corpusFiles().map((f) => (f.file === 'corpus.json' ? f : withRaw(`copies/${f.file.split('/').pop() ?? f.file}`, f.raw)));
    expect(sourceIds(elsewhere)).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
  });

  test('names a missing file once, and nothing else', () => {
    expect(problemsOf(corpusFiles().filter((f) => f.file !== 'readouts/fm-2024.json'))).toEqual([
      'corpus.json › readouts[1]: "readouts/fm-2024.json" was not among the files opened; open the corpus\'s whole folder',
    ]);
  });

  test('names a whole dataset opened beside it once, as not a file of a corpus', () => {
    expect(problemsOf([...corpusFiles(), withRaw('dataset.json', makeDataset())])).toEqual([
      'dataset.json › kind: a whole dataset (or no "kind") among the files of a corpus; a corpus is made of one "corpus" manifest, "registry" files and "readout" files',
    ]);
  });

  test('names a registry it does not list', () => {
    const extra = withRaw('extra-registry.json', fixture('registry.json').raw);
    expect(problemsOf([...corpusFiles(), extra])).toEqual(['extra-registry.json: not listed in corpus.json; add it to its "registries" or leave it out']);
  });

  test('names a file listed among the readouts that is a registry, or a whole dataset', () => {
    const registryListed = [withRaw('corpus.json', manifest(['registry.json'], ['readouts/fm-2023.json', 'registry.json'])), fixture('registry.json'), fixture('readouts/fm-2023.json')];
    expect(problemsOf(registryListed).filter((p) => p.startsWith('registry.json › kind'))).toEqual([
      'registry.json › kind: listed among the readouts of corpus.json, but its kind is "registry"',
      'registry.json › kind: expected "readout"',
    ]);
    const wholeListed = [withRaw('corpus.json', manifest(['registry.json'], ['dataset.json'])), fixture('registry.json'), withRaw('dataset.json', makeDataset())];
    expect(problemsOf(wholeListed).filter((p) => p.startsWith('dataset.json › kind'))).toEqual([
      'dataset.json › kind: a whole dataset (or no "kind") among the files of a corpus; a corpus is made of one "corpus" manifest, "registry" files and "readout" files',
      'dataset.json › kind: listed among the readouts of corpus.json, but its kind is missing',
      'dataset.json › kind: missing (expected "readout")',
    ]);
  });

  test('says which registry to fill where none holds countries, as a problem of the corpus', () => {
    const files = corpusFiles().map((f) => (f.file === 'registry.json' ? withRaw(f.file, { ...(f.raw as object), countries: [] }) : f));
    const error = errorOf(files);
    expect([error.kind, error.file, error.problems]).toEqual(['schema', 'corpus.json', ['corpus.json: no countries in any registry; add them to registry.json']]);
  });
});

describe('readouts opened beside the embedded dataset', () => {
  const embedded = (): BaseDataset => {
    const dataset = makeDataset();
    const [source] = dataset.sources;
    dataset.sources.push({ ...source!, id: 'earlier-source', file: 'sources/earlier.fr.txt', date: '2024-01-15', meetingId: undefined });
    return { dataset, file: 'dataset.json' };
  };
  /** The embedded dataset's readout of the fixture source, coded again: one statement. */
  const recoded = (): ReadoutFile => {
    const readout = splitDataset(makeDataset())['readouts/fixture-source.json'] as ReadoutFile;
    return { ...readout, id: 'recoded', commitments: [makeCommitment({ id: 'again' })] };
  };
  const tajikistan = { id: 'TJK', isoNumeric: '762', name: { en: 'Tajikistan', fr: 'Tadjikistan' }, sourceSpellings: ['Tadjikistan'], evidence: makeDataset().countries[0]!.evidence };
  const additions: RegistryFile = { schemaVersion: 3, kind: 'registry', extendsEmbedded: true, countries: [tajikistan] };

  test('stand beside its registry and its other readouts, in place of its readout of the same source', () => {
    const { dataset, origins, label } = assembleCorpus([withRaw('recoded.json', recoded())], embedded());
    expect(label).toBe('recoded.json');
    expect(dataset.sources.map((s) => s.id)).toEqual(['earlier-source', 'fixture-source']);
    expect(dataset.commitments.map((c) => c.id)).toEqual(['recoded/again']);
    expect(dataset.countries.map((c) => c.id)).toEqual(['CHN', 'KAZ', 'KGZ']);
    expect(origins.countries?.[0]).toBe('dataset.json (registry) › countries[0] "CHN"');
    expect(origins.sources).toEqual(['dataset.json (readout "earlier-source") › source "earlier-source"', 'recoded.json › source "fixture-source"']);
  });

  test('add the records of a registry that extends the embedded one to its own', () => {
    const { dataset, origins, label } = assembleCorpus([withRaw('additions.json', additions), withRaw('recoded.json', recoded())], embedded());
    expect(label).toBe('2 files');
    expect(dataset.countries.map((c) => c.id)).toEqual(['CHN', 'KAZ', 'KGZ', 'TJK']);
    expect(origins.countries?.[3]).toBe('additions.json › countries[0] "TJK"');
    expect(dataset.sources.map((s) => s.id)).toEqual(['earlier-source', 'fixture-source']);
  });

  test('stand alone with a registry of their own, even beside one that extends the embedded one', () => {
    const own: RegistryFile = { ...(splitDataset(makeDataset())['registry.json'] as RegistryFile), countries: makeDataset().countries.slice(0, 2) };
    const alone = assembleCorpus([withRaw('registry.json', own), withRaw('recoded.json', recoded())], embedded()).dataset;
    expect(alone.countries.map((c) => c.id)).toEqual(['CHN', 'KAZ']);
    expect(alone.sources.map((s) => s.id)).toEqual(['fixture-source']);
    const mixed = assembleCorpus([withRaw('registry.json', own), withRaw('additions.json', additions), withRaw('recoded.json', recoded())], embedded()).dataset;
    expect(mixed.countries.map((c) => c.id)).toEqual(['CHN', 'KAZ', 'TJK']);
    expect(mixed.sources.map((s) => s.id)).toEqual(['fixture-source']);
  });

  test('stand alone when a manifest lists them', () => {
    expect(sourceIds(corpusFiles(), embedded())).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
  });

  test('name a readout without its source as such', () => {
    const sourceless: Partial<ReadoutFile> = recoded();
    delete sourceless.source;
    expect(problemsOf([withRaw('recoded.json', sourceless)], embedded())).toEqual(['recoded.json › source: missing (expected object)']);
  });
});
