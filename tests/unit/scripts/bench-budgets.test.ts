import { describe, expect, test } from 'vitest';
import { checkBudgets, median, type SizeSummary } from '../../../scripts/bench/budgets';

const summary = (size: string, change: Partial<SizeSummary> = {}): SizeSummary => ({
  size,
  initialJsBytes: 160 * 1024,
  jsBytes: 280 * 1024,
  cssBytes: 5 * 1024,
  dataBytes: 19 * 1024,
  mapBytes: 44 * 1024,
  chartsReadyMs: 480,
  interactiveMs: 900,
  floorMs: 400,
  clickMs: 30,
  brushMs: 40,
  relayoutMs: 25,
  exportMs: { map: 120, list: 130 },
  exportFloorMs: { map: 70, list: 70 },
  exportEncodeMs: { map: 90, list: 100 },
  heapAfterLoad: 8e6,
  heapWarmUp: 1.5 * 1024 * 1024,
  heapGrowth: 0.5 * 1024 * 1024,
  ...change,
});

describe('bench budgets', () => {
  test('a run within every budget passes', () => {
    expect(checkBudgets([summary('seed'), summary('10k')]).filter((b) => !b.ok)).toEqual([]);
  });

  test('each broken budget is named, with its size, its ratio to its floor and the limit', () => {
    const over = checkBudgets([
      summary('seed', { chartsReadyMs: 600, exportMs: { map: 150 } }),
      summary('10k', { clickMs: 80, jsBytes: 330 * 1024, initialJsBytes: 260 * 1024 }),
    ]).filter((b) => !b.ok);
    expect(over.map((b) => `${b.size} ${b.what}: ${b.value.toFixed(2)} > ${b.limit} ${b.unit}`)).toEqual([
      'seed charts-ready / static floor: 1.50 > 1.25 ×',
      'seed PNG export 2×, map / empty canvas: 2.14 > 2 ×',
      '10k initial JS (gzip): 260.00 > 250 KB',
      '10k all JS before charts-ready (gzip): 330.00 > 320 KB',
      '10k click → all views / relayout floor: 3.20 > 3 ×',
    ]);
  });

  test('the same times pass on a host twice as slow, whose floors are twice as long', () => {
    const slow = summary('seed', { chartsReadyMs: 960, floorMs: 800, clickMs: 60, brushMs: 80, relayoutMs: 50, exportMs: { map: 240 }, exportFloorMs: { map: 140 } });
    expect(checkBudgets([slow]).filter((b) => !b.ok)).toEqual([]);
  });

  test('a figure that could not be measured is over budget, not within it', () => {
    expect(checkBudgets([summary('seed', { relayoutMs: NaN })]).filter((b) => !b.ok).map((b) => b.what)).toEqual(['click → all views / relayout floor', 'brush → all views / relayout floor']);
  });

  test('100k is judged on load, clicks and heap only; sizes without budgets are measured but not judged', () => {
    expect(checkBudgets([summary('100k')]).map((b) => b.what)).not.toContain('brush → all views / relayout floor');
    expect(checkBudgets([summary('1k', { chartsReadyMs: 60_000 })])).toEqual([]);
  });

  test('the median of an even count is the mean of the middle two', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, NaN]);
  });
});
