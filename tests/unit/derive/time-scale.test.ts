import { describe, expect, test } from 'vitest';
import { makeTimeScale } from '../../../src/derive/time-scale';

const XIAN = [
  { start: '1992-01-01', end: '1993-12-31' },
  { start: '2022-01-01', end: '2022-12-31' },
  { start: '2023-04-26', end: '2023-04-26' },
  { start: '2023-04-26', end: '2053-04-26' },
];

describe('makeTimeScale', () => {
  // Made in each test, so that what it places is worked out there.
  const xian = () => makeTimeScale(XIAN, 1000, { breakWidth: 20 });

  test('keeps only the runs of years that hold a date', () => {
    const scale = xian();
    expect(scale.segments.map((s) => [s.startYear, s.endYear])).toEqual([[1992, 1993], [2022, 2023], [2053, 2053]]);
  });

  test('skips the empty decades with breaks', () => {
    const scale = xian();
    expect(scale.breaks.map((b) => [b.fromYear, b.toYear])).toEqual([[1994, 2021], [2024, 2052]]);
  });

  test('gives each run width in proportion to its years, breaks excluded', () => {
    const scale = xian();
    const widths = scale.segments.map((s) => Math.round(s.x1 - s.x0));
    expect(widths).toEqual([384, 384, 192]);
  });

  test('places dates in order, monotonically, through the breaks', () => {
    const scale = xian();
    const dates = ['1992-01-01', '1993-06-01', '2000-01-01', '2022-01-01', '2023-04-26', '2040-01-01', '2053-04-26'];
    const xs = dates.map(scale.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
  });

  test('places the start of the first year at zero', () => {
    const scale = xian();
    expect(scale.x('1992-01-01')).toBe(0);
  });

  test('inverts a position back to its day', () => {
    const scale = xian();
    expect(scale.invert(scale.x('2023-04-26'))).toBe('2023-04-26');
  });

  test('snaps a position inside a break to the nearer edge', () => {
    const scale = xian();
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
  expect(scale.invert(-1)).toBe('0001-01-01');
  expect(scale.invert(600)).toBe('9999-12-31');
  expect(scale.segments.map((s) => [s.startYear, s.endYear])).toEqual([[1, 1], [2023, 2023], [9999, 9999]]);
});

describe('makeTimeScale, at exact positions', () => {
  // 2000–2001 and 2010, 328 pixels with a break of 28: 300 for three years, 100 a year.
  const DAY = 86_400_000;
  const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;
  const apart = () => makeTimeScale([{ start: '2000-03-01', end: '2001-05-01' }, { start: '2010-07-01', end: '2010-07-01' }], 328, { breakWidth: 28 });

  test('gives each run of years its share of the width left once the breaks are drawn', () => {
    const scale = apart();
    expect(scale.segments).toEqual([
      { startYear: 2000, endYear: 2001, x0: 0, x1: 200 },
      { startYear: 2010, endYear: 2010, x0: 228, x1: 328 },
    ]);
    expect(scale.breaks).toEqual([{ x0: 200, x1: 228, fromYear: 2002, toYear: 2009 }]);
    expect(scale.width).toBe(328);
  });

  test('places a day at its share of its run, January and February included', () => {
    const scale = apart();
    const run = days('2000-01-01', '2002-01-01');
    expect(scale.x('2000-01-01')).toBe(0);
    expect(scale.x('2000-02-15')).toBeCloseTo((200 * days('2000-01-01', '2000-02-15')) / run, 9);
    expect(scale.x('2001-02-28')).toBeCloseTo((200 * days('2000-01-01', '2001-02-28')) / run, 9);
    expect(scale.x('2001-03-01')).toBeCloseTo((200 * days('2000-01-01', '2001-03-01')) / run, 9);
    expect(scale.x('2010-01-01')).toBe(228);
    expect(scale.x('2010-07-02')).toBeCloseTo(228 + (100 * days('2010-01-01', '2010-07-02')) / 365, 9);
  });

  test('places a day of a skipped year inside the break, at its share of the skipped years', () => {
    const scale = apart();
    expect(scale.x('2002-01-01')).toBe(200);
    expect(scale.x('2005-07-02')).toBeCloseTo(200 + (28 * days('2002-01-01', '2005-07-02')) / days('2002-01-01', '2010-01-01'), 9);
  });

  test('places a day before the axis at its start, and a day after it at its end', () => {
    const scale = apart();
    expect(scale.x('1999-06-01')).toBe(0);
    expect(scale.x('2011-01-01')).toBe(328);
    expect(scale.x('2030-05-05')).toBe(328);
  });

  test('places every day of a three-run axis, past the last run included, after the breaks', () => {
    const scale = makeTimeScale([{ start: '2000-01-01', end: '2000-01-01' }, { start: '2010-01-01', end: '2010-01-01' }, { start: '2020-01-01', end: '2020-01-01' }], 356, { breakWidth: 28 });
    expect(scale.segments.map((s) => [s.x0, s.x1])).toEqual([[0, 100], [128, 228], [256, 356]]);
    expect(scale.x('2015-01-01')).toBeCloseTo(228 + (28 * days('2011-01-01', '2015-01-01')) / days('2011-01-01', '2020-01-01'), 9);
    expect(scale.x('2021-01-01')).toBe(356);
    expect(scale.invert(400)).toBe('2020-12-31');
    expect(scale.invert(-10)).toBe('2000-01-01');
  });

  test('names the day at a position, a February day included', () => {
    const scale = apart();
    expect(scale.invert(scale.x('2000-02-29'))).toBe('2000-02-29');
    expect(scale.invert(scale.x('2001-02-01'))).toBe('2001-02-01');
    expect(scale.invert(0)).toBe('2000-01-01');
    expect(scale.invert(200)).toBe('2001-12-31');
    expect(scale.invert(228)).toBe('2010-01-01');
    expect(scale.invert(328)).toBe('2010-12-31');
  });

  test('names the axis\'s first day left of it, its last day right of it', () => {
    const scale = apart();
    expect(scale.invert(-5)).toBe('2000-01-01');
    expect(scale.invert(400)).toBe('2010-12-31');
  });

  test('a position inside a break snaps to the nearer edge; the very middle to the later one', () => {
    const scale = apart();
    expect(scale.invert(213)).toBe('2001-12-31');
    expect(scale.invert(214)).toBe('2010-01-01');
    expect(scale.invert(215)).toBe('2010-01-01');
  });

  test('with no dates at all, draws this year across the whole width', () => {
    const scale = makeTimeScale([], 600);
    const year = new Date().getUTCFullYear();
    expect(scale.segments).toEqual([{ startYear: year, endYear: year, x0: 0, x1: 600 }]);
    expect(scale.breaks).toEqual([]);
    expect(scale.x(`${year}-01-01`)).toBe(0);
    expect(scale.invert(600)).toBe(`${year}-12-31`);
  });

  test('places the same day at the same position each time it is asked', () => {
    const scale = apart();
    const first = scale.x('2000-08-08');
    expect(scale.x('2000-08-08')).toBe(first);
  });
});
