import { describe, expect, test } from 'vitest';
import { parseScenes, serializeScenes } from '../../../src/present/scene-file';
import { makeDataset } from '../../fixtures/make-dataset';

const dataset = makeDataset();
const scenes = [
  { id: 'a', name: 'Overview', query: '' },
  { id: 'b', name: 'Kazakhstan, energy', query: 'c=KAZ&d=energy&view=heatmap' },
];

describe('scene files', () => {
  test('round-trip: what is exported imports back the same', () => {
    const result = parseScenes(serializeScenes(scenes), dataset, 'en');
    expect(result.ok && result.scenes.map(({ name, query }) => ({ name, query }))).toEqual(scenes.map(({ name, query }) => ({ name, query })));
  });

  test('refuses a file that is not JSON, saying so', () => {
    const result = parseScenes('{"format":', dataset, 'en');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^not valid JSON \(/);
  });

  test('refuses another kind of file, naming the field', () => {
    const result = parseScenes(JSON.stringify({ format: 'slides', version: 1, scenes: [] }), dataset, 'en');
    expect(!result.ok && result.problems).toEqual(['format: Invalid input: expected "china-central-asia-dashboard/scenes"']);
  });

  test('refuses a scene without a name', () => {
    const text = serializeScenes(scenes).replace('"Overview"', '""');
    const result = parseScenes(text, dataset, 'en');
    expect(!result.ok && result.problems[0]).toMatch(/^scenes\[0\]\.name: /);
  });

  test('refuses a scene whose view this dataset does not have', () => {
    const text = serializeScenes([{ id: 'x', name: 'Mongolia', query: 'c=MNG&view=globe' }]);
    const result = parseScenes(text, dataset, 'en');
    expect(!result.ok && result.problems).toEqual([
      'scenes[0] "Mongolia" › query: view=globe is not a view (map, heatmap, timeline, details)',
      'scenes[0] "Mongolia" › query: c=MNG is not a country of this dataset',
    ]);
  });
});
