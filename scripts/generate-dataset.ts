// Writes a synthetic dataset of the real schema, for measuring at scale: the embedded dataset
// plus made-up readouts over many years. Usage: npm run data:synthetic -- <commitments> <out-dir> [--corpus]
// With --corpus, it is written as a corpus folder (a readout file per source, some statements
// linked to earlier ones), as "Open folder…" and npm run data:check read it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from '../src/data/schema';
import { readSources } from './lib/read-sources';
import { splitDataset } from '../src/data/split-dataset';
import { syntheticDataset } from './lib/synthetic-dataset';

/**
 * Writes `<outDir>/dataset.json` and its sources, or with `corpus` a corpus folder of the same
 * statements; returns the size in bytes of what was written as JSON.
 */
export function writeSyntheticDataset(size: number, outDir: string, corpus = false): number {
  const basePath = 'public/data/dataset.json';
  const base = JSON.parse(readFileSync(basePath, 'utf8')) as Dataset;
  const texts = new Map(readSources(base, basePath).map((s) => [s.id, s.text ?? '']));
  const baseFiles = Object.fromEntries(base.sources.map((s) => [s.file, texts.get(s.id) ?? '']));
  const { dataset, files } = syntheticDataset(base, baseFiles, size, 1, corpus);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
  }
  if (corpus) {
    let bytes = 0;
    for (const [file, value] of Object.entries(splitDataset(dataset))) {
      const json = JSON.stringify(value);
      mkdirSync(dirname(join(outDir, file)), { recursive: true });
      writeFileSync(join(outDir, file), json);
      bytes += Buffer.byteLength(json);
    }
    return bytes;
  }
  const json = JSON.stringify(dataset);
  writeFileSync(join(outDir, 'dataset.json'), json);
  return Buffer.byteLength(json);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [sizeArg, outDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const corpus = process.argv.includes('--corpus');
  const size = Number(sizeArg);
  if (!Number.isInteger(size) || size < 1 || !outDir) {
    console.error('Usage: npm run data:synthetic -- <commitments> <out-dir> [--corpus]   (e.g. 10000 reports/data-10k)');
    process.exit(2);
  }
  const bytes = writeSyntheticDataset(size, outDir, corpus);
  console.log(`${outDir}/${corpus ? 'corpus.json (a corpus folder)' : 'dataset.json'}: ${size} commitments, ${(bytes / 1e6).toFixed(1)} MB of JSON`);
}
