import { describe, expect, test } from 'vitest';
import { checkBudgets, median, type SizeSummary } from '../../../scripts/bench/budgets';

const summary = (size: string, change: Partial<SizeSummary> = {}): SizeSummary => ({
  size,
  jsBytes: 160 * 1024,
  cssBytes: 5 * 1024,
  dataBytes: 19 * 1024,
  mapBytes: 44 * 1024,
  chartsReadyMs: 900,
  floorMs: 400,
  clickMs: 30,
  brushMs: 40,
  exportMs: { map: 120, list: 150 },
  exportFloorMs: { map: 60, list: 70 },
  exportEncodeMs: { map: 90, list: 100 },
  heapAfterLoad: 8e6,
  heapGrowth: 0.5 * 1024 * 1024,
  ...change,
});

describe('bench budgets', () => {
  test('a run within every budget passes', () => {
    expect(checkBudgets([summary('seed')]).filter((b) => !b.ok)).toEqual([]);
  });

  test('each broken budget is named, with its size, value and limit', () => {
    const over = checkBudgets([summary('seed', { chartsReadyMs: 1200, exportMs: { map: 320 } }), summary('10k', { clickMs: 130, jsBytes: 260 * 1024 })]).filter((b) => !b.ok);
    expect(over.map((b) => `${b.size} ${b.what}: ${b.value} > ${b.limit} ${b.unit}`)).toEqual([
      'seed charts-ready: 1200 > 1000 ms',
      'seed PNG export 2×, map: 320 > 300 ms',
      '10k initial JS (gzip): 260 > 250 KB',
      '10k click → all views updated: 130 > 120 ms',
    ]);
  });

  test('sizes without budgets are measured but not judged', () => {
    expect(checkBudgets([summary('100k', { chartsReadyMs: 60_000 })])).toEqual([]);
  });

  test('the median of an even count is the mean of the middle two', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, NaN]);
  });
});
