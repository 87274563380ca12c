// Merges a corpus folder into one dataset file of the same schema, with its sources beside it, as
// the build embeds a corpus (DASHBOARD_DATA=<corpus folder>). The corpus is checked first, as
// `npm run data:check` checks it. Usage: npm run data:merge -- <corpus folder> <out folder>
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatasetError } from '../src/data/dataset-error';
import { checkSources } from '../src/data/check-sources';
import { readDatasetAt } from './lib/read-dataset-at';
import { readSources } from './lib/read-sources';

const [corpus, out] = process.argv.slice(2);
if (!corpus || !out) {
  console.error('Usage: npm run data:merge -- <corpus folder> <out folder>');
  process.exit(2);
}
try {
  const { dataset, origins, path, fileOf } = readDatasetAt(corpus);
  const sources = readSources(dataset, path, fileOf);
  const files = new Map(sources.flatMap((source) => (source.bytes ? [[source.id, source.bytes] as const] : [])));
  const { problems } = await checkSources(dataset, files, origins);
  if (problems.length > 0) throw new DatasetError('integrity', corpus, problems);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'dataset.json'), `${JSON.stringify(dataset, null, 2)}\n`);
  dataset.sources.forEach((source, i) => {
    mkdirSync(dirname(join(out, source.file)), { recursive: true });
    copyFileSync(sources[i]?.path ?? '', join(out, source.file));
  });
  console.log(`✓ ${corpus}: ${dataset.sources.length} readouts, ${dataset.commitments.length} statements merged into ${join(out, 'dataset.json')}`);
} catch (error) {
  console.error(`✗ ${corpus}: ${error instanceof DatasetError ? error.problems.join('\n  ') : String(error)}`);
  process.exit(1);
}
