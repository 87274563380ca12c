import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { checkSources } from '../../../src/data/check-sources';
import { parseDataset } from '../../../src/data/parse-dataset';
import type { Dataset } from '../../../src/data/schema';
import { BAD_SOURCES } from '../../fixtures/bad-sources';
import { CORPUS_FOLDER, loadCorpus } from '../../fixtures/load-corpus';
import { FIXTURE_SOURCE_ID, FIXTURE_SOURCE_TEXT, makeDataset } from '../../fixtures/make-dataset';

const embedded = () => parseDataset(readFileSync('public/data/dataset.json', 'utf8'), 'dataset.json');
const SOURCE_FILE = 'sources/2023-04-26-china-central-asia-fm-meeting.fr.txt';
const SOURCE = readFileSync(`public/data/${SOURCE_FILE}`);
const SHA256 = '73b85283a5db45831a729f318d0e33eb69d0916288b5e357139b5c7e5914fade';
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (text: string | Buffer) => new Uint8Array(Buffer.from(text));

/** The test corpus merged, with each of its sources' bytes as on disk. */
function corpusWithSources() {
  const corpus = loadCorpus();
  const files = new Map(corpus.dataset.sources.map((s) => [s.id, bytesOf(readFileSync(join(CORPUS_FOLDER, s.file)))]));
  return { ...corpus, files };
}

describe('checkSources', () => {
  test('gives each source\'s text when its bytes are the ones declared and every quote stands in it', async () => {
    const dataset = embedded();
    const { sourceTexts, problems } = await checkSources(dataset, new Map([['xian-2023-fm-readout', bytesOf(SOURCE)]]));
    expect(problems).toEqual([]);
    expect(sourceTexts).toEqual({ 'xian-2023-fm-readout': SOURCE.toString('utf8') });
  });

  test('reports a source it was not given as unread, once, without checking its quotes', async () => {
    const { sourceTexts, problems } = await checkSources(embedded(), new Map());
    expect(sourceTexts).toEqual({});
    expect(problems).toEqual([`sources[0] "xian-2023-fm-readout" › file: the source file "${SOURCE_FILE}" could not be read`]);
  });

  test('names the source, its file and how to fix an encoding that would move every offset, and checks no quote against it', async () => {
    const problemsOf = async (name: string) => {
      const bad = BAD_SOURCES.find((c) => c.name === name)!;
      return (await checkSources(parseDataset(bad.dataset, 'dataset.json'), new Map([['xian-2023-fm-readout', bytesOf(bad.source)]]))).problems;
    };
    expect(await problemsOf('UTF-16 bytes and a byte-order mark')).toEqual([
      `sources[0] "xian-2023-fm-readout" › file: "${SOURCE_FILE}": the file is UTF-16 (it begins with the byte-order mark 0xFF 0xFE); save it as UTF-8, without a byte-order mark`,
    ]);
    expect(await problemsOf('a UTF-8 byte-order mark')).toEqual([
      `sources[0] "xian-2023-fm-readout" › file: "${SOURCE_FILE}": the file begins with a UTF-8 byte-order mark, which is not part of the text and would move every offset by one; save it as UTF-8 without a byte-order mark`,
    ]);
    expect(await problemsOf('Latin-1 bytes')).toEqual([expect.stringMatching(/^sources\[0\] "xian-2023-fm-readout" › file: "sources\/2023-04-26-china-central-asia-fm-meeting\.fr\.txt": the file is not UTF-8: byte \d+ \(line 1\)/)]);
  });

  test('says a source saved with Windows line endings should be converted back, once, rather than listing every quote it moves', async () => {
    const bad = BAD_SOURCES.find((c) => c.name === 'Windows line endings')!;
    const { sourceTexts, problems } = await checkSources(embedded(), new Map([['xian-2023-fm-readout', bytesOf(bad.source)]]));
    expect(problems).toEqual([
      `sources[0] "xian-2023-fm-readout" › sha256: "${SOURCE_FILE}" has Windows line endings (CR LF) and not the SHA-256 declared; the offsets and the SHA-256 are those of the text with LF line endings — convert the file back to LF (for example with dos2unix)`,
    ]);
    expect(sourceTexts).toEqual({});
  });

  test('takes a source with Windows line endings as written when its SHA-256 is the one declared', async () => {
    const text = `${FIXTURE_SOURCE_TEXT}\r\n`;
    const dataset = makeDataset();
    dataset.sources[0]!.sha256 = sha256(text);
    const { sourceTexts, problems } = await checkSources(dataset, new Map([[FIXTURE_SOURCE_ID, bytesOf(text)]]));
    expect(problems).toEqual([]);
    expect(sourceTexts).toEqual({ [FIXTURE_SOURCE_ID]: text });
  });

  test('gives both SHA-256 digests when the file is not the one declared, and still checks the quotes against it', async () => {
    const dataset = embedded();
    dataset.sources[0]!.sha256 = '0'.repeat(64);
    const edited = SOURCE.toString('utf8').replace('amitié de fer', 'amitié solide');
    const { sourceTexts, problems } = await checkSources(dataset, new Map([['xian-2023-fm-readout', bytesOf(edited)]]));
    expect(problems[0]).toBe(`sources[0] "xian-2023-fm-readout" › sha256: the file's SHA-256 is ${sha256(edited)}, not ${'0'.repeat(64)} (was the source edited?)`);
    expect(problems.slice(1)).toContainEqual(expect.stringMatching(/^relationships\[4\] "chn-tjk-friendship" › evidence\[0\]: quote not found verbatim/));
    expect(sourceTexts).toEqual({ 'xian-2023-fm-readout': edited });
    expect(SHA256).toBe(sha256(SOURCE));
  });

  test('lists the problems of several sources in the order of the sources, however the checks finish', async () => {
    const { dataset } = corpusWithSources();
    const plain: Dataset = structuredClone(dataset);
    plain.sources[0]!.sha256 = 'a'.repeat(64);
    const files = corpusWithSources().files;
    files.set('fm-2024-readout', new Uint8Array([0xff, 0xfe, ...Buffer.from('text', 'utf16le')]));
    files.set('summit-2025-readout', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('text')]));
    const { problems } = await checkSources(plain, files);
    expect(problems.map((p) => p.split(' › ').slice(0, 2).join(' › '))).toEqual([
      'sources[0] "fm-2023-readout" › sha256: the file\'s SHA-256 is 08f19627514812d7a2e7dee4f3f33c122e7d2d3dc81ebf1449d902063cdc2d1f, not aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (was the source edited?)',
      'sources[1] "fm-2024-readout" › file: "sources/fm-2024.en.txt": the file is UTF-16 (it begins with the byte-order mark 0xFF 0xFE); save it as UTF-8, without a byte-order mark',
      'sources[2] "summit-2025-readout" › file: "sources/summit-2025.en.txt": the file begins with a UTF-8 byte-order mark, which is not part of the text and would move every offset by one; save it as UTF-8 without a byte-order mark',
    ]);
  });

  test('gives the texts and the SHA-256 problems in the order of the sources when the first digest finishes last', async () => {
    const { dataset, files } = corpusWithSources();
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    const first = files.get('fm-2023-readout')!;
    // The first source's digest takes longest: a large file, a busy machine.
    const spy = vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) =>
      data === first ? new Promise((done) => setTimeout(() => void digest(algorithm, data).then(done), 30)) : digest(algorithm, data));
    try {
      expect(Object.keys((await checkSources(dataset, files)).sourceTexts)).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
      dataset.sources.forEach((s) => (s.sha256 = 'a'.repeat(64)));
      const { problems } = await checkSources(dataset, files);
      expect(problems.map((p) => p.split(' › ')[0])).toEqual(['sources[0] "fm-2023-readout"', 'sources[1] "fm-2024-readout"', 'sources[2] "summit-2025-readout"']);
      expect(spy).toHaveBeenCalledTimes(6);
    } finally {
      spy.mockRestore();
    }
  });

  test('in a corpus, names each source by the readout file it was written in, in the order of the readouts', async () => {
    const { dataset, origins, files } = corpusWithSources();
    expect((await checkSources(dataset, files, origins)).problems).toEqual([]);
    dataset.sources[0]!.sha256 = 'a'.repeat(64);
    files.set('fm-2024-readout', new Uint8Array([0xfe, 0xff, 0, 0x74]));
    files.set('summit-2025-readout', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('text')]));
    const { problems } = await checkSources(dataset, files, origins);
    expect(problems.map((p) => p.split(': ')[0])).toEqual([
      'readouts/fm-2023.json › source "fm-2023-readout" › sha256',
      'readouts/fm-2024.json › source "fm-2024-readout" › file',
      'readouts/summit-2025.json › source "summit-2025-readout" › file',
    ]);
  });
});
