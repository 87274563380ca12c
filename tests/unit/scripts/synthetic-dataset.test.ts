import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../../src/data/find-integrity-problems';
import { parseDataset } from '../../../src/data/parse-dataset';
import type { Dataset } from '../../../src/data/schema';
import { syntheticDataset } from '../../../scripts/lib/synthetic-dataset';

const base = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const baseFiles = { [base.sources[0]!.file]: readFileSync(`public/data/${base.sources[0]!.file}`, 'utf8') };

describe('synthetic datasets for measuring at scale', () => {
  const { dataset, files } = syntheticDataset(base, baseFiles, 1000);

  test('pass the same checks as a real dataset: schema, references, and every quote verbatim at its offsets', () => {
    const parsed = parseDataset(JSON.stringify(dataset), 'dataset.json');
    const texts = Object.fromEntries(parsed.sources.map((s) => [s.id, files[s.file]!]));
    expect(findIntegrityProblems(parsed, texts)).toEqual([]);
  });

  test('hold exactly the number of commitments asked for, over many sources and years', () => {
    expect(dataset.commitments).toHaveLength(1000);
    expect(dataset.commitments.slice(0, 46)).toEqual(base.commitments);
    expect(dataset.sources.length).toBeGreaterThan(20);
    expect(new Set(dataset.commitments.map((c) => (c.stated.start ?? '').slice(0, 4))).size).toBeGreaterThan(15);
  });

  test('are the same for the same seed', () => {
    expect(syntheticDataset(base, baseFiles, 300).dataset).toEqual(syntheticDataset(base, baseFiles, 300).dataset);
  });
});
