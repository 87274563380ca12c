import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CorpusFile, ReadoutFile, RegistryFile } from '../../../src/data/corpus-schema';
import type { Dataset } from '../../../src/data/schema';
import { FIXTURE_SOURCE_TEXT, makeDataset } from '../../fixtures/make-dataset';
import { recodedReadout } from '../../fixtures/recoded-readout';

const root = resolve(import.meta.dirname, '../../..');

/** Runs one of the project's scripts as a user would, and returns what it printed. */
export function runScript(script: string, ...args: string[]) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a dataset and the fixture source beside it in a new folder; returns the dataset's path. */
export function writeDatasetFolder(change: (dataset: Dataset) => void = () => undefined, sourceText = FIXTURE_SOURCE_TEXT): string {
  const folder = mkdtempSync(join(tmpdir(), 'dataset-'));
  mkdirSync(join(folder, 'sources'));
  writeFileSync(join(folder, 'sources', 'fixture.fr.txt'), sourceText);
  const dataset = makeDataset();
  dataset.sources[0]!.sha256 = createHash('sha256').update(FIXTURE_SOURCE_TEXT).digest('hex');
  change(dataset);
  const path = join(folder, 'dataset.json');
  writeFileSync(path, JSON.stringify(dataset, null, 2));
  return path;
}

/** The test corpus of three readouts (tests/fixtures/corpus). */
export const FIXTURE_CORPUS = join(root, 'tests/fixtures/corpus');

/** The files of a corpus, parsed: its manifest, its registry and its readouts by file name. */
export interface CorpusFiles {
  corpus: CorpusFile;
  registry: RegistryFile;
  readouts: Record<string, ReadoutFile>;
}

/**
 * Copies the test corpus to a new folder, lets `change` edit its JSON files (parsed), writes them
 * back; returns the folder.
 */
export function writeCorpusFolder(change: (files: CorpusFiles) => void = () => undefined): string {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-'));
  cpSync(FIXTURE_CORPUS, folder, { recursive: true });
  const read = (path: string): unknown => JSON.parse(readFileSync(join(folder, path), 'utf8'));
  const files = {
    corpus: read('corpus.json'),
    registry: read('registry.json'),
    readouts: Object.fromEntries(readdirSync(join(folder, 'readouts')).map((f) => [f, read(`readouts/${f}`)])),
  } as CorpusFiles;
  change(files);
  writeFileSync(join(folder, 'corpus.json'), JSON.stringify(files.corpus));
  writeFileSync(join(folder, 'registry.json'), JSON.stringify(files.registry));
  for (const [name, value] of Object.entries(files.readouts)) writeFileSync(join(folder, 'readouts', name), JSON.stringify(value));
  return folder;
}

/** A readout of the embedded source coded anew (tests/fixtures/recoded-readout.ts), written with a copy of the source in a new folder; returns its path. */
export function writeRecodedReadout(count = 3, change: (readout: ReadoutFile) => void = () => undefined): string {
  const readout = recodedReadout(count);
  const folder = mkdtempSync(join(tmpdir(), 'readout-'));
  mkdirSync(join(folder, 'sources'));
  cpSync(join(root, 'public/data', readout.source.file), join(folder, readout.source.file));
  change(readout);
  const path = join(folder, 'xian-recoded.json');
  writeFileSync(path, JSON.stringify(readout));
  return path;
}
