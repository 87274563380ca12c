import { expect, test, vi } from 'vitest';
import { perDataset } from '../../../src/derive/per-dataset';
import { toTimeline } from '../../../src/derive/to-timeline';
import { NO_FILTERS } from '../../../src/filters/filter-state';
import { makeDataset } from '../../fixtures/make-dataset';

test('derives once per dataset, and again for another dataset', () => {
  const derive = vi.fn((dataset: ReturnType<typeof makeDataset>) => dataset.commitments.length);
  const count = perDataset(derive);
  const first = makeDataset();
  const second = makeDataset({ commitments: [] });
  expect([count(first), count(first), count(second), count(first)]).toEqual([first.commitments.length, first.commitments.length, 0, first.commitments.length]);
  expect(derive).toHaveBeenCalledTimes(2);
});

test('the timeline hands back the same axis whatever the filters, so the axis is not laid out again', () => {
  const dataset = makeDataset();
  const all = toTimeline(dataset, NO_FILTERS, 'kind');
  const narrowed = toTimeline(dataset, { ...NO_FILTERS, countries: ['KAZ'], timeRange: { start: '2023-01-01', end: '2023-12-31' } }, 'country');
  expect(narrowed.axisRanges).toBe(all.axisRanges);
});
