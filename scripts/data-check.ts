// Validates a dataset file and the sources it cites, then prints what it holds.
// Usage: npm run data:check [-- path/to/dataset.json]
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { DatasetError } from '../src/data/dataset-error';
import { findIntegrityProblems } from '../src/data/find-integrity-problems';
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

const problems: string[] = [];
const texts: Record<string, string> = {};
readSources(dataset, datasetPath).forEach((source, i) => {
  const declared = dataset.sources[i];
  const where = `sources[${i}] "${source.id}"`;
  if (source.text === undefined) return;
  texts[source.id] = source.text;
  if (declared && declared.sha256 !== source.sha256) {
    problems.push(`${where} › sha256: the file's SHA-256 is ${source.sha256}, not ${declared.sha256} (was the source edited?)`);
  }
});
problems.push(...findIntegrityProblems(dataset, texts));
if (problems.length > 0) fail(problems);

const summary = summarizeDataset(dataset);
const evidenceCount = JSON.stringify(dataset).split('"quote":').length - 1;
const row = (label: string, count: number) => `  ${label.padEnd(50)} ${String(count).padStart(4)}`;
console.log(`✓ ${relative(process.cwd(), datasetPath)}: valid; ${evidenceCount} quotes found verbatim at their offsets`);
console.log('\nRecords by type');
summary.records.forEach((r) => console.log(row(r.type, r.count)));
console.log('\nCommitments by country (a collective commitment counts for each country it concerns)');
summary.perCountry.forEach((c) => console.log(row(dataset.countries.find((x) => x.id === c.id)?.name.en ?? c.id, c.count)));
console.log('\nCommitments by domain');
for (const group of dataset.domainGroups) {
  console.log(`  ${group.label.en}`);
  summary.perDomain
    .filter((d) => d.groupId === group.id)
    .forEach((d) => console.log(row(`  ${dataset.domains.find((x) => x.id === d.id)?.label.en ?? d.id}`, d.count)));
}
