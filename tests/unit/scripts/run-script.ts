import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Dataset } from '../../../src/data/schema';
import { FIXTURE_SOURCE_TEXT, makeDataset } from '../../fixtures/make-dataset';

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
