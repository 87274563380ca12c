import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { sentenceTable } from '../../../scripts/lib/sentence-table';
import { makeDataset, FIXTURE_SOURCE_ID, FIXTURE_SOURCE_TEXT } from '../../fixtures/make-dataset';

describe('the sentence audit table', () => {
  test('lists under each sentence the statements that cite it, with type and strength', () => {
    const table = sentenceTable(makeDataset(), FIXTURE_SOURCE_ID, FIXTURE_SOURCE_TEXT);
    expect(table).toMatch(/\| 2 \| \d+–\d+ \| La Chine et le Kazakhstan renforceront la coopération … \| `energy-trade` \(undertaking, undertaking\) \|/);
    expect(table).toMatch(/\| 3 \| .* \| `culture-support` \(position, position\); event `last-year` \|/);
  });

  test('public/data/README.md holds the table of the embedded dataset as it is now', () => {
    const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
    const source = dataset.sources[0]!;
    const text = readFileSync(`public/data/${source.file}`, 'utf8');
    const readme = readFileSync('public/data/README.md', 'utf8');
    const inReadme = readme.split('<!-- sentence-table:start -->\n')[1]?.split('\n<!-- sentence-table:end -->')[0];
    expect(inReadme).toBe(sentenceTable(dataset, source.id, text));
  });
});
