// Validates a dataset and the sources it cites, then prints what it holds.
// Usage: npm run data:check [-- path/to/dataset.json | path/to/corpus-folder]
import { relative } from 'node:path';
import { DatasetError } from '../src/data/dataset-error';
import { checkSources } from '../src/data/check-sources';
import { SERIES_NAMES } from '../src/i18n/series-names';
import { countByReadout } from '../src/derive/lineage';
import { summarizeDataset } from '../src/derive/summarize-dataset';
import { readDatasetAt, type DatasetOnDisk } from './lib/read-dataset-at';
import { readSources } from './lib/read-sources';

const target = process.argv[2] ?? 'public/data/dataset.json';

function fail(problems: readonly string[], prefix = ''): never {
  console.error(`✗ ${relative(process.cwd(), target) || target}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`  ${prefix}${problem}`);
  process.exit(1);
}

let read: DatasetOnDisk;
try {
  read = readDatasetAt(target);
} catch (error) {
  // A corpus's problems name their own files; a single file's are prefixed with its name.
  if (error instanceof DatasetError) fail(error.problems.map((p) => (/^[\w./-]+\.json( › |: )/.test(p) ? p : `${error.file} › ${p}`)));
  fail([error instanceof Error ? error.message : String(error)]);
}
const { dataset, origins, path, prefix, readoutFiles, fileOf } = read;

// The same checks as the browser's, source encoding and SHA-256 included.
const files = new Map(readSources(dataset, path, fileOf).flatMap((source) => (source.bytes ? [[source.id, source.bytes] as const] : [])));
const { problems } = await checkSources(dataset, files, origins);
if (problems.length > 0) fail(problems, prefix);

const summary = summarizeDataset(dataset);
const evidenceCount = JSON.stringify(dataset).split('"quote":').length - 1;
const cueCount = dataset.commitments.reduce((n, c) => n + c.cues.length, 0);
const row = (label: string, ...counts: (number | string)[]) => `  ${label.padEnd(50)}${counts.map((n) => String(n).padStart(9)).join('')}`;
console.log(`✓ ${relative(process.cwd(), path)}: valid; ${evidenceCount} quotes and ${cueCount} cues found verbatim at their offsets`);
console.log(`\nReadouts (statements coded from each; lineage: new, or linked to an earlier readout's)`);
console.log(row('', 'date', 'all', 'new', 'repeats', 'advances', 'supers.'));
const meetings = new Map(dataset.meetings.map((m) => [m.id, m]));
for (const r of countByReadout(dataset, dataset.commitments)) {
  const meeting = r.source.meetingId ? meetings.get(r.source.meetingId) : undefined;
  const name = readoutFiles.get(r.source.id) ?? r.source.id;
  console.log(row(name, r.source.date, r.statements, r.lineage.new, r.lineage.repeats, r.lineage.advances, r.lineage.supersedes));
  const about = meeting ? `${SERIES_NAMES.en[meeting.series]}${meeting.seriesNumber ? ` no. ${meeting.seriesNumber}` : ''}` : 'no meeting';
  console.log(`    ${r.source.language}, ${r.source.extent}; ${about}; published ${r.source.published ?? 'not recorded'}`);
}
console.log('\nRecords by type');
summary.records.forEach((r) => console.log(row(r.type === 'commitments' ? 'commitments (coded statements)' : r.type, r.count)));
console.log('\nStatements by type');
summary.perType.forEach((r) => console.log(row(r.type, r.count)));
console.log('\nStatements by strength (strongest first)');
summary.perStrength.forEach((r) => console.log(row(r.strength, r.count)));
console.log('\nBy country (a collective statement counts for each country it concerns)');
console.log(`  ${''.padEnd(50)}${'undert.'.padStart(9)}${'all'.padStart(9)}`);
summary.perCountry.forEach((c) => console.log(row(dataset.countries.find((x) => x.id === c.id)?.name.en ?? c.id, c.undertakings, c.all)));
console.log('\nUndertakings by domain');
for (const group of dataset.domainGroups) {
  console.log(`  ${group.label.en}`);
  summary.perDomain
    .filter((d) => d.groupId === group.id)
    .forEach((d) => console.log(row(`  ${dataset.domains.find((x) => x.id === d.id)?.label.en ?? d.id}`, d.count)));
}
