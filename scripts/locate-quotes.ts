// Fills in the start and end offsets of every quote in a dataset from its source text, so that
// an analyst only has to paste the verbatim passage. Usage: npm run data:locate [-- dataset.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { locateQuote } from '../src/data/locate-quote';
import type { Evidence } from '../src/data/schema';
import { readSources } from './lib/read-sources';

const datasetPath = process.argv[2] ?? 'public/data/dataset.json';
const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as Parameters<typeof readSources>[0];
const texts = new Map(readSources(dataset, datasetPath).map((s) => [s.id, s.text]));

let moved = 0;
const problems: string[] = [];

function visit(node: unknown, path: string): void {
  if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (typeof record.quote === 'string' && typeof record.sourceId === 'string') return place(record as unknown as Evidence, path);
  for (const [key, value] of Object.entries(record)) visit(value, path ? `${path} › ${key}` : key);
}

function place(evidence: Evidence, path: string): void {
  const text = texts.get(evidence.sourceId);
  if (text === undefined) return void problems.push(`${path}: source "${evidence.sourceId}" is unknown or its file is missing`);
  const found = locateQuote(evidence, text);
  if (!found.ok) return void problems.push(`${path}: ${found.problem}`);
  if (found.start !== evidence.start || found.end !== evidence.end) moved += 1;
  evidence.start = found.start;
  evidence.end = found.end;
}

visit(dataset, '');
if (problems.length > 0) {
  console.error(`✗ ${problems.length} quote${problems.length === 1 ? '' : 's'} could not be placed; nothing was written:`);
  problems.forEach((p) => console.error(`  ${p}`));
  process.exit(1);
}
writeFileSync(datasetPath, `${JSON.stringify(dataset, null, 2)}\n`);
console.log(`✓ ${datasetPath}: ${moved} quote offset${moved === 1 ? '' : 's'} updated`);
