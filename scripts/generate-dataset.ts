// Writes a synthetic dataset of the real schema, for measuring at scale: the embedded dataset
// plus made-up readouts over many years. Usage: npm run data:synthetic -- <commitments> <out-dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from '../src/data/schema';
import { readSources } from './lib/read-sources';
import { syntheticDataset } from './lib/synthetic-dataset';

/** Writes `<outDir>/dataset.json` and its sources; returns the dataset file's size in bytes. */
export function writeSyntheticDataset(size: number, outDir: string): number {
  const basePath = 'public/data/dataset.json';
  const base = JSON.parse(readFileSync(basePath, 'utf8')) as Dataset;
  const texts = new Map(readSources(base, basePath).map((s) => [s.id, s.text ?? '']));
  const baseFiles = Object.fromEntries(base.sources.map((s) => [s.file, texts.get(s.id) ?? '']));
  const { dataset, files } = syntheticDataset(base, baseFiles, size);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
  }
  const json = JSON.stringify(dataset);
  writeFileSync(join(outDir, 'dataset.json'), json);
  return Buffer.byteLength(json);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [sizeArg, outDir] = process.argv.slice(2);
  const size = Number(sizeArg);
  if (!Number.isInteger(size) || size < 1 || !outDir) {
    console.error('Usage: npm run data:synthetic -- <commitments> <out-dir>   (e.g. 10000 reports/data-10k)');
    process.exit(2);
  }
  const bytes = writeSyntheticDataset(size, outDir);
  console.log(`${outDir}/dataset.json: ${size} commitments, ${(bytes / 1e6).toFixed(1)} MB`);
}
