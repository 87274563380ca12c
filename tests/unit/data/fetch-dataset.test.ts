import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fetchDataset } from '../../../src/data/fetch-dataset';
import { CORPUS_FOLDER, loadCorpus } from '../../fixtures/load-corpus';
import { fromPublicFolder, serveFiles } from '../../fixtures/serve-files';
import { datasetErrorOf } from '../../fixtures/dataset-error-of';

const DATASET = readFileSync('public/data/dataset.json', 'utf8');
const SOURCE_FILE = 'sources/2023-04-26-china-central-asia-fm-meeting.fr.txt';
const SOURCE = readFileSync(`public/data/${SOURCE_FILE}`, 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** The embedded dataset's SHA-256, as the build records it. */
const BUILT = sha256(DATASET);

beforeEach(() => vi.stubGlobal('document', { baseURI: 'http://localhost/' }));
afterEach(() => vi.unstubAllGlobals());

/** Serves public/, but for the files given (by path), as the preview server would; returns the paths asked for. */
function serve(files: Record<string, string | Response> = {}) {
  const asked: string[] = [];
  serveFiles((path) => {
    asked.push(path);
    const file = files[path];
    if (file === undefined) return fromPublicFolder(path);
    return typeof file === 'string' ? new Response(file) : file;
  });
  return asked;
}

/** The embedded dataset, changed. */
const changed = (change: (dataset: { commitments: { kind: string }[]; sources: unknown[]; title: { en: string } }) => void) => {
  const dataset = JSON.parse(DATASET) as Parameters<typeof change>[0];
  change(dataset);
  return JSON.stringify(dataset);
};


describe('fetchDataset', () => {
  test('loads the dataset and the text of its source, named by its file', async () => {
    const asked = serve();
    const loaded = await fetchDataset('data/dataset.json');
    expect(loaded.file).toBe('dataset.json');
    expect(loaded.checkedByBuild).toBeUndefined();
    expect(loaded.dataset.commitments).toHaveLength(46);
    expect(loaded.dataset.sources.map((s) => s.id)).toEqual(['xian-2023-fm-readout']);
    expect(loaded.sourceTexts).toEqual({ 'xian-2023-fm-readout': SOURCE });
    // Each file asked for once, the source beside the dataset.
    expect(asked).toEqual(['/data/dataset.json', `/data/${SOURCE_FILE}`]);
  });

  test('trusts the very file the build checked, and says so', async () => {
    serve();
    const loaded = await fetchDataset('data/dataset.json', undefined, BUILT);
    expect(loaded.checkedByBuild).toBe(true);
    expect(loaded.file).toBe('dataset.json');
    expect(loaded.dataset.commitments).toHaveLength(46);
    expect(loaded.sourceTexts).toEqual({ 'xian-2023-fm-readout': SOURCE });
  });

  test('checks in full a dataset file that is not the one the build checked', async () => {
    serve({ '/data/dataset.json': changed((d) => (d.commitments[3]!.kind = 'promise')) });
    expect(await datasetErrorOf(fetchDataset('data/dataset.json', undefined, BUILT))).toEqual({
      kind: 'schema',
      file: 'dataset.json',
      problems: ['commitments[3] "chn-kgz-mutually-beneficial-cooperation" › kind: "promise" is not one of "project"|"field"|"political"|"mechanism"'],
    });
  });

  test('checks everything when a source of the build\'s file is not the one it declares, naming each quote that no longer stands', async () => {
    const edited = SOURCE.replace('amitié de fer', 'amitié solide');
    serve({ [`/data/${SOURCE_FILE}`]: edited });
    for (const checked of [BUILT, undefined]) {
      const { kind, file, problems } = await datasetErrorOf(fetchDataset('data/dataset.json', undefined, checked));
      expect({ kind, file }).toEqual({ kind: 'integrity', file: 'dataset.json' });
      expect(problems[0]).toBe(`sources[0] "xian-2023-fm-readout" › sha256: the file's SHA-256 is ${sha256(edited)}, not 73b85283a5db45831a729f318d0e33eb69d0916288b5e357139b5c7e5914fade (was the source edited?)`);
      expect(problems).toContainEqual(expect.stringMatching(/^relationships\[4\] "chn-tjk-friendship" › evidence\[0\]: quote not found verbatim/));
    }
  });

  test('of several sources, one not as declared is enough for the whole check', async () => {
    const { dataset } = loadCorpus();
    const json = JSON.stringify(dataset);
    const source = (file: string) => readFileSync(join(CORPUS_FOLDER, file), 'utf8');
    const files = {
      '/data/corpus-dataset.json': json,
      '/data/sources/fm-2023.fr.txt': source('sources/fm-2023.fr.txt'),
      '/data/sources/fm-2024.en.txt': source('sources/fm-2024.en.txt'),
      '/data/sources/summit-2025.en.txt': source('sources/summit-2025.en.txt'),
    };
    serve(files);
    expect(await fetchDataset('data/corpus-dataset.json', undefined, sha256(json))).toMatchObject({ checkedByBuild: true, file: 'corpus-dataset.json' });
    serve({ ...files, '/data/sources/fm-2024.en.txt': `${files['/data/sources/fm-2024.en.txt']}\n` });
    const { kind, problems } = await datasetErrorOf(fetchDataset('data/corpus-dataset.json', undefined, sha256(json)));
    expect(kind).toBe('integrity');
    expect(problems).toEqual([expect.stringMatching(/^sources\[1\] "fm-2024-readout" › sha256: the file's SHA-256 is [0-9a-f]{64}, not [0-9a-f]{64} \(was the source edited\?\)$/)]);
  });

  test('names a source the server does not have, with the HTTP status', async () => {
    serve({ [`/data/${SOURCE_FILE}`]: new Response('Not found', { status: 404, statusText: 'Not Found' }) });
    expect(await datasetErrorOf(fetchDataset('data/dataset.json'))).toEqual({ kind: 'http', file: SOURCE_FILE, problems: ['the server answered HTTP 404 Not Found'], status: 404 });
    expect(await datasetErrorOf(fetchDataset('data/dataset.json', undefined, BUILT))).toEqual({ kind: 'http', file: SOURCE_FILE, problems: ['the server answered HTTP 404 Not Found'], status: 404 });
  });

  test('names the dataset file when it is missing or is not JSON', async () => {
    serve({ '/data/dataset.json': new Response('Not found', { status: 404, statusText: 'Not Found' }) });
    expect(await datasetErrorOf(fetchDataset('data/dataset.json'))).toEqual({ kind: 'http', file: 'dataset.json', problems: ['the server answered HTTP 404 Not Found'], status: 404 });
    serve({ '/data/dataset.json': '<!doctype html><html></html>' });
    expect(await datasetErrorOf(fetchDataset('data/dataset.json', undefined, BUILT))).toEqual({ kind: 'parse', file: 'dataset.json', problems: ['received an HTML page instead of JSON'] });
  });

  test('asks for the sources while the dataset is checked; a dataset that fails reports its own problem, not its sources\'', async () => {
    const asked = serve({
      '/data/dataset.json': changed((d) => (d.commitments[3]!.kind = 'promise')),
      [`/data/${SOURCE_FILE}`]: new Response('', { status: 500 }),
    });
    expect(await datasetErrorOf(fetchDataset('data/dataset.json'))).toMatchObject({ kind: 'schema', file: 'dataset.json' });
    expect(asked).toEqual(['/data/dataset.json', `/data/${SOURCE_FILE}`]);
  });

  test('never asks for a source the schema refuses, nor for sources where there is no list of them', async () => {
    const refused = [
      changed((d) => (d.sources = [{ ...(d.sources[0] as object), file: 'https://elsewhere.example/readout.txt' }])),
      changed((d) => (d.sources = [null, 7, { file: 7 }, { file: ['sources/a.txt'] }])),
      changed((d) => Object.assign(d, { sources: { file: SOURCE_FILE } })),
      changed((d) => Object.assign(d, { sources: SOURCE_FILE })),
      'null',
      '[]',
    ];
    for (const dataset of refused) {
      const asked = serve({ '/data/dataset.json': dataset });
      expect(await datasetErrorOf(fetchDataset('data/dataset.json')), dataset.slice(0, 80)).toMatchObject({ kind: 'schema', file: 'dataset.json' });
      expect(asked).toEqual(['/data/dataset.json']);
    }
  });

  test('shows labels and source texts without the characters that could reorder them', async () => {
    serve({ '/data/dataset.json': changed((d) => (d.title.en = 'China–Central Asia \u202Ecooperation')) });
    const { dataset } = await fetchDataset('data/dataset.json');
    expect(dataset.title.en).toBe('China–Central Asia \uFFFDcooperation');
  });
});
