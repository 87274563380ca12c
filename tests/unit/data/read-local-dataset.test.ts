import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { parseDataset } from '../../../src/data/parse-dataset';
import { readLocalDataset, type LocalBase } from '../../../src/data/read-local-dataset';
import type { Source } from '../../../src/data/schema';
import { CORPUS_FOLDER } from '../../fixtures/load-corpus';
import { recodedReadout } from '../../fixtures/recoded-readout';
import { datasetErrorOf } from '../../fixtures/dataset-error-of';

const DATASET = readFileSync('public/data/dataset.json', 'utf8');
const SOURCE_NAME = '2023-04-26-china-central-asia-fm-meeting.fr.txt';
const SOURCE = readFileSync(`public/data/sources/${SOURCE_NAME}`, 'utf8');
const SOURCE_ID = 'xian-2023-fm-readout';

const file = (name: string, content: string) => new File([content], name);
/** The analyst's own dataset: the embedded one's schema, its last ten statements. */
const own = () => file('my-meeting.json', JSON.stringify({ ...(JSON.parse(DATASET) as object), commitments: (JSON.parse(DATASET) as { commitments: unknown[] }).commitments.slice(-10) }));
const source = (name = SOURCE_NAME, text = SOURCE) => file(name, text);

/** The test corpus's files as a folder dropped on the page gives them: by name, without their folders. */
const corpus = (...leaveOut: string[]) =>
  ['corpus.json', 'registry.json', 'readouts/fm-2023.json', 'readouts/fm-2024.json', 'readouts/summit-2025.json', 'sources/fm-2023.fr.txt', 'sources/fm-2024.en.txt', 'sources/summit-2025.en.txt']
    .filter((path) => !leaveOut.includes(path))
    .map((path) => file(path.split('/').pop()!, readFileSync(join(CORPUS_FOLDER, path), 'utf8')));

/** The embedded dataset as the page offers it to readouts opened beside it; counts what it is asked for. */
function embeddedBase() {
  const bytes = vi.fn((s: Source) => Promise.resolve(new Uint8Array(readFileSync(`public/data/${s.file}`))));
  const base = vi.fn((): Promise<LocalBase> => Promise.resolve({ dataset: parseDataset(DATASET, 'dataset.json'), file: 'dataset.json', bytes }));
  return { base, bytes };
}


describe('readLocalDataset: one dataset file', () => {
  test('opens a dataset with its source text, named by its file', async () => {
    const { base } = embeddedBase();
    const loaded = await readLocalDataset([own(), source(), file('notes.md', '# my notes')], base);
    expect(loaded.file).toBe('my-meeting.json');
    expect(loaded.dataset.commitments).toHaveLength(10);
    expect(loaded.sourceTexts).toEqual({ [SOURCE_ID]: SOURCE });
    expect(loaded.checkedByBuild).toBeUndefined();
    // The embedded dataset is not needed, so not fetched.
    expect(base).not.toHaveBeenCalled();
  });

  test('takes a file whatever the case of its extension, and a text kept with its folder in its name', async () => {
    const loaded = await readLocalDataset([file('MY-MEETING.JSON', DATASET), source(`sources/${SOURCE_NAME}`)]);
    expect(loaded.file).toBe('MY-MEETING.JSON');
    expect(loaded.sourceTexts).toEqual({ [SOURCE_ID]: SOURCE });
  });

  test('shows labels without the characters that could reorder them', async () => {
    const dataset = JSON.parse(DATASET) as { title: { en: string } };
    dataset.title.en = 'My \u202Edashboard';
    const loaded = await readLocalDataset([file('mine.json', JSON.stringify(dataset)), source()]);
    expect(loaded.dataset.title.en).toBe('My \uFFFDdashboard');
  });

  test('says no dataset was opened when there is no .json file, naming the files that were', async () => {
    expect(await datasetErrorOf(readLocalDataset([source(), file('notes.md', '')]))).toEqual({ kind: 'parse', file: `${SOURCE_NAME}, notes.md`, problems: ['no dataset (.json) among the files opened'] });
    expect(await datasetErrorOf(readLocalDataset([]))).toEqual({ kind: 'parse', file: '(no file)', problems: ['no dataset (.json) among the files opened'] });
    expect(await datasetErrorOf(readLocalDataset([file('dataset.json.txt', DATASET)]))).toMatchObject({ problems: ['no dataset (.json) among the files opened'] });
  });

  test('asks for one dataset at a time', async () => {
    expect(await datasetErrorOf(readLocalDataset([own(), file('other.json', DATASET), source()]))).toEqual({
      kind: 'parse',
      file: 'my-meeting.json, other.json',
      problems: ['open one dataset (.json) at a time, with its source texts, or a corpus (its corpus.json, registries, readouts and sources)'],
    });
  });

  test('names the file that is not JSON', async () => {
    expect(await datasetErrorOf(readLocalDataset([file('broken.json', '{"schemaVersion": 3,'), source()]))).toMatchObject({ kind: 'parse', file: 'broken.json', problems: [expect.stringMatching(/^not valid JSON/)] });
  });

  test('asks for a source text that was not opened with the dataset, by its file name', async () => {
    expect(await datasetErrorOf(readLocalDataset([own(), file('other.txt', SOURCE)]))).toEqual({
      kind: 'integrity',
      file: 'my-meeting.json',
      problems: [`sources[0] "${SOURCE_ID}" › file: "${SOURCE_NAME}" was not among the files opened; open it together with the dataset`],
    });
  });

  test('asks for one file when several opened have the source\'s name', async () => {
    expect(await datasetErrorOf(readLocalDataset([own(), source(`a/${SOURCE_NAME}`), source(`b/${SOURCE_NAME}`)]))).toEqual({
      kind: 'integrity',
      file: 'my-meeting.json',
      problems: [`sources[0] "${SOURCE_ID}" › file: 2 files opened are named "${SOURCE_NAME}"; open one`],
    });
    expect(await datasetErrorOf(readLocalDataset([own(), source(), source(`a/${SOURCE_NAME}`), source(`b/${SOURCE_NAME}`)]))).toMatchObject({
      problems: [`sources[0] "${SOURCE_ID}" › file: 3 files opened are named "${SOURCE_NAME}"; open one`],
    });
  });

  test('checks the source as data:check does: an edited text fails its SHA-256 and the quotes it moved', async () => {
    const edited = SOURCE.replace('amitié de fer', 'amitié solide');
    const { kind, file: name, problems } = await datasetErrorOf(readLocalDataset([own(), source(SOURCE_NAME, edited)]));
    expect({ kind, name }).toEqual({ kind: 'integrity', name: 'my-meeting.json' });
    expect(problems[0]).toMatch(/^sources\[0\] "xian-2023-fm-readout" › sha256: the file's SHA-256 is [0-9a-f]{64}, not 73b85283a5db45831a729f318d0e33eb69d0916288b5e357139b5c7e5914fade \(was the source edited\?\)$/);
    expect(problems).toContainEqual(expect.stringMatching(/^relationships\[4\] "chn-tjk-friendship" › evidence\[0\]: quote not found verbatim/));
  });
});

describe('readLocalDataset: a corpus', () => {
  test('opens a corpus folder with its sources, named by its manifest, on its own', async () => {
    const { base } = embeddedBase();
    const loaded = await readLocalDataset(corpus(), base);
    expect(loaded.file).toBe('corpus.json');
    expect(loaded.dataset.sources.map((s) => s.id)).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
    expect(loaded.dataset.commitments).toHaveLength(11);
    expect(Object.keys(loaded.sourceTexts)).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
    expect(loaded.sourceTexts['fm-2024-readout']).toBe(readFileSync(join(CORPUS_FOLDER, 'sources/fm-2024.en.txt'), 'utf8'));
    expect(base).not.toHaveBeenCalled();
  });

  test('readouts opened with their own registry stand on their own, without the embedded dataset', async () => {
    const { base } = embeddedBase();
    const loaded = await readLocalDataset(corpus('corpus.json'), base);
    expect(loaded.file).toBe('4 files');
    expect(loaded.dataset.sources.map((s) => s.id)).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
    expect(base).not.toHaveBeenCalled();
  });

  test('a corpus whose manifest is opened without its registry says so, and does not reach for the embedded dataset', async () => {
    const { base } = embeddedBase();
    expect(await datasetErrorOf(readLocalDataset(corpus('registry.json'), base))).toEqual({
      kind: 'schema',
      file: 'corpus.json',
      problems: [
        'corpus.json › registries[0]: "registry.json" was not among the files opened; open the corpus\'s whole folder',
        'corpus.json: no registry among the files (a file with "kind": "registry": the countries and domains every readout refers to)',
      ],
    });
    expect(base).not.toHaveBeenCalled();
  });

  test('names a source text missing from a corpus by the readout it is declared in', async () => {
    expect(await datasetErrorOf(readLocalDataset(corpus('sources/fm-2024.en.txt')))).toEqual({
      kind: 'integrity',
      file: 'corpus.json',
      problems: ['fm-2024.json › source "fm-2024-readout" › file: "fm-2024.en.txt" was not among the files opened; open it together with the dataset'],
    });
  });

  test('names a corpus source that is not the one declared by its readout', async () => {
    const files = corpus('sources/summit-2025.en.txt');
    files.push(file('summit-2025.en.txt', `${readFileSync(join(CORPUS_FOLDER, 'sources/summit-2025.en.txt'), 'utf8')}\n`));
    expect(await datasetErrorOf(readLocalDataset(files))).toEqual({
      kind: 'integrity',
      file: 'corpus.json',
      problems: [expect.stringMatching(/^summit-2025\.json › source "summit-2025-readout" › sha256: the file's SHA-256 is [0-9a-f]{64}, not [0-9a-f]{64} \(was the source edited\?\)$/)],
    });
  });

  test('a readout opened alone stands beside the embedded dataset, whose source is read from the page\'s own files', async () => {
    const { base, bytes } = embeddedBase();
    const loaded = await readLocalDataset([file('xian-recoded.json', JSON.stringify(recodedReadout(3)))], base);
    expect(base).toHaveBeenCalledTimes(1);
    expect(bytes.mock.calls.map(([s]) => s.id)).toEqual([SOURCE_ID]);
    expect(loaded.file).toBe('xian-recoded.json');
    // The recoded readout takes the place of the embedded one of the same source.
    expect(loaded.dataset.commitments.map((c) => c.id)).toEqual(['xian-recoded/recoded-1', 'xian-recoded/recoded-2', 'xian-recoded/recoded-3']);
    expect(loaded.dataset.countries).toHaveLength(6);
    expect(loaded.sourceTexts).toEqual({ [SOURCE_ID]: SOURCE });
  });

  test('the text opened beside a readout is the one checked, not the page\'s', async () => {
    const { base, bytes } = embeddedBase();
    const readout = file('xian-recoded.json', JSON.stringify(recodedReadout(3)));
    expect((await readLocalDataset([readout, source()], base)).sourceTexts).toEqual({ [SOURCE_ID]: SOURCE });
    expect(bytes).not.toHaveBeenCalled();
    const edited = SOURCE.replace('Qin Gang', 'Qin  Gang');
    const { kind, problems } = await datasetErrorOf(readLocalDataset([readout, source(SOURCE_NAME, edited)], base));
    expect(kind).toBe('integrity');
    expect(problems).toContainEqual(expect.stringMatching(/^xian-recoded\.json › source "xian-2023-fm-readout" › sha256: the file's SHA-256/));
  });

  test('a readout of another source, opened beside the embedded dataset without its text, asks for it', async () => {
    const { base, bytes } = embeddedBase();
    expect(await datasetErrorOf(readLocalDataset(corpus('corpus.json', 'registry.json', 'readouts/fm-2024.json', 'readouts/summit-2025.json', 'sources/fm-2023.fr.txt', 'sources/fm-2024.en.txt', 'sources/summit-2025.en.txt'), base))).toEqual({
      kind: 'integrity',
      file: 'fm-2023.json',
      problems: ['fm-2023.json › source "fm-2023-readout" › file: "fm-2023.fr.txt" was not among the files opened; open it together with the dataset'],
    });
    expect(bytes.mock.calls.map(([s]) => s.id)).toEqual([SOURCE_ID]);
  });

  test('a registry of additions to the embedded one joins it, with the readouts opened beside it', async () => {
    const { base } = embeddedBase();
    const additions = file('additions.json', JSON.stringify({ schemaVersion: 3, kind: 'registry', extendsEmbedded: true }));
    const loaded = await readLocalDataset([additions, file('xian-recoded.json', JSON.stringify(recodedReadout(2)))], base);
    expect(base).toHaveBeenCalledTimes(1);
    expect(loaded.dataset.commitments).toHaveLength(2);
    expect(loaded.dataset.domains).toHaveLength(37);
  });

  test('readouts opened alone where there is no embedded dataset to join say what they lack', async () => {
    const { problems } = await datasetErrorOf(readLocalDataset([file('xian-recoded.json', JSON.stringify(recodedReadout(2))), source()]));
    expect(problems).toContainEqual('xian-recoded.json: no registry among the files (a file with "kind": "registry": the countries and domains every readout refers to)');
  });
});
