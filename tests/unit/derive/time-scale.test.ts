import { describe, expect, test } from 'vitest';
import { makeTimeScale } from '../../../src/derive/time-scale';

const XIAN = [
  { start: '1992-01-01', end: '1993-12-31' },
  { start: '2022-01-01', end: '2022-12-31' },
  { start: '2023-04-26', end: '2023-04-26' },
  { start: '2023-04-26', end: '2053-04-26' },
];

describe('makeTimeScale', () => {
  const scale = makeTimeScale(XIAN, 1000, { breakWidth: 20 });

  test('keeps only the runs of years that hold a date', () => {
    expect(scale.segments.map((s) => [s.startYear, s.endYear])).toEqual([[1992, 1993], [2022, 2023], [2053, 2053]]);
  });

  test('skips the empty decades with breaks', () => {
    expect(scale.breaks.map((b) => [b.fromYear, b.toYear])).toEqual([[1994, 2021], [2024, 2052]]);
  });

  test('gives each run width in proportion to its years, breaks excluded', () => {
    const widths = scale.segments.map((s) => Math.round(s.x1 - s.x0));
    expect(widths).toEqual([384, 384, 192]);
  });

  test('places dates in order, monotonically, through the breaks', () => {
    const dates = ['1992-01-01', '1993-06-01', '2000-01-01', '2022-01-01', '2023-04-26', '2040-01-01', '2053-04-26'];
    const xs = dates.map(scale.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
  });

  test('places the start of the first year at zero', () => {
    expect(scale.x('1992-01-01')).toBe(0);
  });

  test('inverts a position back to its day', () => {
    expect(scale.invert(scale.x('2023-04-26'))).toBe('2023-04-26');
  });

  test('snaps a position inside a break to the nearer edge', () => {
    const gap = scale.breaks[0]!;
    expect(scale.invert(gap.x0 + 1)).toBe('1993-12-31');
    expect(scale.invert(gap.x1 - 1)).toBe('2022-01-01');
  });

  test('merges years that are close together into one run', () => {
    const close = makeTimeScale([{ start: '2020-05-01', end: '2020-05-01' }, { start: '2022-01-01', end: '2022-01-01' }], 100);
    expect(close.segments).toHaveLength(1);
    expect(close.breaks).toEqual([]);
  });
});

test('places dates from year 1 to year 9999, and names the days at its ends in four-digit years', () => {
  const scale = makeTimeScale([{ start: '0001-01-01', end: '0001-12-31' }, { start: '2023-04-26', end: '2023-04-26' }, { start: '9999-12-31', end: '9999-12-31' }], 600);
  const xs = ['0001-01-01', '0001-07-01', '2023-04-26', '9999-12-31'].map(scale.x);
  xs.forEach((x) => expect(Number.isFinite(x)).toBe(true));
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  expect(xs[1]).toBeGreaterThan(xs[0] ?? 0);
  expect(scale.invert(0)).toBe('0001-01-01');
  expect(scale.invert(600)).toBe('9999-12-31');
  expect(scale.segments.map((s) => [s.startYear, s.endYear])).toEqual([[1, 1], [2023, 2023], [9999, 9999]]);
});
