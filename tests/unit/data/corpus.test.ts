import { describe, expect, test } from 'vitest';
import { assembleCorpus, isCorpus } from '../../../src/data/assemble-corpus';
import { DatasetError } from '../../../src/data/dataset-error';
import { findIntegrityProblems } from '../../../src/data/find-integrity-problems';
import { namespaced } from '../../../src/data/merge-corpus';
import { corpusFiles, loadCorpus } from '../../fixtures/load-corpus';

const problemsOf = (files = corpusFiles()) => {
  try {
    assembleCorpus(files);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return [...error.problems];
    throw error;
  }
};

describe('a corpus merged into one dataset', () => {
  test('keeps each readout\'s records, its own ids prefixed by the readout\'s', () => {
    const { dataset } = loadCorpus();
    expect(dataset.sources.map((s) => s.id)).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
    expect(dataset.commitments.filter((c) => c.id.endsWith('/trade-volume')).map((c) => c.id)).toEqual(['fm-2023/trade-volume', 'fm-2024/trade-volume', 'summit-2025/trade-volume']);
    expect(dataset.meetings.map((m) => m.id)).toEqual(['fm-2023/fm-meeting-4', 'fm-2024/fm-meeting-5', 'summit-2025/summit-2']);
    // References inside a readout follow its ids; a reference into another readout is kept as written.
    expect(dataset.meetings[0]?.eventId).toBe('fm-2023/fm-meeting-4-held');
    expect(dataset.sources[1]?.meetingId).toBe('fm-2024/fm-meeting-5');
    expect(dataset.commitments.find((c) => c.id === 'fm-2024/trade-volume')?.links?.map((l) => l.commitmentId)).toEqual(['fm-2023/trade-volume']);
    expect(dataset.title.en).toBe('Test corpus: three invented China–Central Asia readouts');
  });

  test('names each merged record by the file and place its author wrote it', () => {
    const { origins } = loadCorpus();
    expect(origins.commitments?.[5]).toBe('readouts/fm-2024.json › commitments[1] "railway-study"');
    expect(origins.people?.[2]).toBe('registry.json › people[2] "wang-yi"');
    expect(origins.sources?.[2]).toBe('readouts/summit-2025.json › source "summit-2025-readout"');
  });

  test('passes every check a single dataset passes, with its readouts side by side', () => {
    const { dataset } = loadCorpus();
    // Without the texts, only what needs none: references, ids, dates, links, duplicates.
    const problems = findIntegrityProblems(dataset, {}, new Set(dataset.sources.map((s) => s.id)));
    expect(problems).toEqual([]);
  });

  test('prefixes an id only where it names no readout', () => {
    expect(namespaced('fm-2024', 'trade-volume')).toBe('fm-2024/trade-volume');
    expect(namespaced('fm-2024', 'fm-2023/trade-volume')).toBe('fm-2023/trade-volume');
  });

  test('without its manifest, takes every readout and registry opened, readouts by date', () => {
    const files = corpusFiles().filter((f) => f.file !== 'corpus.json').reverse();
    const { dataset, label } = assembleCorpus(files);
    expect(dataset.sources.map((s) => s.date)).toEqual(['2023-04-27', '2024-12-05', '2025-06-17']);
    expect(label).toBe('4 files');
    expect(dataset.title.en).toBe('3 readouts');
  });

  test('is told from a whole dataset by the kinds of its files', () => {
    expect(isCorpus(corpusFiles())).toBe(true);
    expect(isCorpus([{ file: 'dataset.json', raw: { schemaVersion: 3, title: {} } }])).toBe(false);
  });

  test('refuses a manifest\'s missing file, a file it does not list, a whole dataset among them, and two manifests', () => {
    const files = corpusFiles();
    expect(problemsOf(files.filter((f) => f.file !== 'readouts/fm-2024.json'))).toContain('corpus.json › readouts[1]: "readouts/fm-2024.json" was not among the files opened; open the corpus\'s whole folder');
    const extra = { file: 'readouts/draft.json', raw: { ...(files[2]?.raw as object), id: 'draft' } };
    expect(problemsOf([...files, extra])).toEqual(['readouts/draft.json: not listed in corpus.json; add it to its "readouts" or leave it out']);
    expect(problemsOf([...files, { file: 'dataset.json', raw: { schemaVersion: 3 } }])).toContain('dataset.json › kind: a whole dataset (or no "kind") among the files of a corpus; a corpus is made of one "corpus" manifest, "registry" files and "readout" files');
    expect(problemsOf([...files, { ...files[0]!, file: 'other/corpus.json' }])[0]).toBe('corpus.json, other/corpus.json: open one corpus at a time (each of these is a corpus manifest)');
  });

  test('names the file and field of a schema problem in one readout', () => {
    const files = corpusFiles().map((f) => (f.file === 'readouts/fm-2023.json' ? { ...f, raw: { ...(f.raw as object), id: 'FM 2023' } } : f));
    expect(problemsOf(files)).toEqual(['readouts/fm-2023.json › id: a lowercase kebab-case id']);
  });

  test('says which registry to fill where none holds domains', () => {
    const files = corpusFiles().map((f) => (f.file === 'registry.json' ? { ...f, raw: { ...(f.raw as object), domains: [] } } : f));
    expect(problemsOf(files)).toEqual(['corpus.json: no domains in any registry; add them to registry.json']);
  });
});
