// Prints the audit table of public/data/README.md: each sentence of the source, by offset, and the
// records that cite it. Usage: npm run data:sentences [-- path/to/dataset.json]
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/data/schema';
import { readSources } from './lib/read-sources';
import { sentenceTable } from './lib/sentence-table';

const datasetPath = process.argv[2] ?? 'public/data/dataset.json';
const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
for (const source of readSources(dataset, datasetPath)) {
  if (source.text === undefined) continue;
  console.log(`Sentences of ${source.id}\n`);
  console.log(sentenceTable(dataset, source.id, source.text));
}
