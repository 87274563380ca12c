// Validates a dataset file and the sources it cites, then prints what it holds.
// Usage: npm run data:check [-- path/to/dataset.json]
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { DatasetError } from '../src/data/dataset-error';
import { checkSources } from '../src/data/check-sources';
import { parseDataset } from '../src/data/parse-dataset';
import type { Dataset } from '../src/data/schema';
import { summarizeDataset } from '../src/derive/summarize-dataset';
import { readSources } from './lib/read-sources';

const datasetPath = process.argv[2] ?? 'public/data/dataset.json';
const file = basename(datasetPath);

function fail(problems: readonly string[]): never {
  console.error(`✗ ${relative(process.cwd(), datasetPath)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`  ${file} › ${problem}`);
  process.exit(1);
}

let dataset: Dataset;
try {
  dataset = parseDataset(readFileSync(datasetPath, 'utf8'), file);
} catch (error) {
  if (error instanceof DatasetError) fail(error.problems);
  fail([error instanceof Error ? error.message : String(error)]);
}

// The same checks as the browser's, source encoding and SHA-256 included.
const files = new Map(readSources(dataset, datasetPath).flatMap((source) => (source.bytes ? [[source.id, source.bytes] as const] : [])));
const { problems } = await checkSources(dataset, files);
if (problems.length > 0) fail(problems);

const summary = summarizeDataset(dataset);
const evidenceCount = JSON.stringify(dataset).split('"quote":').length - 1;
const cueCount = dataset.commitments.reduce((n, c) => n + c.cues.length, 0);
const row = (label: string, ...counts: number[]) => `  ${label.padEnd(50)}${counts.map((n) => String(n).padStart(8)).join('')}`;
console.log(`✓ ${relative(process.cwd(), datasetPath)}: valid; ${evidenceCount} quotes and ${cueCount} cues found verbatim at their offsets`);
console.log('\nRecords by type');
summary.records.forEach((r) => console.log(row(r.type === 'commitments' ? 'commitments (coded statements)' : r.type, r.count)));
console.log('\nStatements by type');
summary.perType.forEach((r) => console.log(row(r.type, r.count)));
console.log('\nStatements by strength (strongest first)');
summary.perStrength.forEach((r) => console.log(row(r.strength, r.count)));
console.log('\nBy country (a collective statement counts for each country it concerns)');
console.log(`  ${''.padEnd(50)}${'undert.'.padStart(8)}${'all'.padStart(8)}`);
summary.perCountry.forEach((c) => console.log(row(dataset.countries.find((x) => x.id === c.id)?.name.en ?? c.id, c.undertakings, c.all)));
console.log('\nUndertakings by domain');
for (const group of dataset.domainGroups) {
  console.log(`  ${group.label.en}`);
  summary.perDomain
    .filter((d) => d.groupId === group.id)
    .forEach((d) => console.log(row(`  ${dataset.domains.find((x) => x.id === d.id)?.label.en ?? d.id}`, d.count)));
}
