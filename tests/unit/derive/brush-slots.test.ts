import { describe, expect, test } from 'vitest';
import { rangeOfSlots, slotsOfRange, toBrushSlots } from '../../../src/derive/brush-slots';
import { makeTimeScale } from '../../../src/derive/time-scale';

// 2020 has 366 days: drawn 366 pixels wide, each day is one pixel, 1 January at 0.
const yearScale = () => makeTimeScale([{ start: '2020-01-01', end: '2020-12-31' }], 366);
// A stop every 6 pixels: 62 stops, one every sixth day.
const yearSlots = () => toBrushSlots(yearScale(), 6);

describe('toBrushSlots', () => {
  test('spaces the stops evenly along the axis, each naming the day under it, the last the axis\'s last day', () => {
    const slots = yearSlots();
    expect(slots).toHaveLength(62);
    expect(slots.slice(0, 3)).toEqual([
      { x: 0, day: '2020-01-01' },
      { x: 6, day: '2020-01-07' },
      { x: 12, day: '2020-01-13' },
    ]);
    expect(slots.at(-1)).toEqual({ x: 366, day: '2020-12-31' });
  });

  test('puts a stop about every 4 pixels unless told otherwise', () => {
    expect(toBrushSlots(yearScale())).toHaveLength(Math.round(366 / 4) + 1);
  });

  test('keeps two stops, the axis\'s ends, on an axis too narrow for more', () => {
    const narrow = makeTimeScale([{ start: '2020-01-01', end: '2020-12-31' }], 1);
    expect(toBrushSlots(narrow, 4).map((s) => s.day)).toEqual(['2020-01-01', '2020-12-31']);
  });
});

describe('rangeOfSlots', () => {
  test('filters nothing when the handles span the whole axis, whichever handle is which', () => {
    const slots = yearSlots();
    expect(rangeOfSlots(slots, 0, 61)).toBeNull();
    expect(rangeOfSlots(slots, 61, 0)).toBeNull();
    expect(rangeOfSlots(slots, -2, 70)).toBeNull();
  });

  test('filters to the days the handles stand on, whichever handle is which', () => {
    const slots = yearSlots();
    expect(rangeOfSlots(slots, 1, 2)).toEqual({ start: '2020-01-07', end: '2020-01-13' });
    expect(rangeOfSlots(slots, 2, 1)).toEqual({ start: '2020-01-07', end: '2020-01-13' });
  });

  test('a handle at one end of the axis keeps that end as the range\'s bound', () => {
    const slots = yearSlots();
    expect(rangeOfSlots(slots, 0, 2)).toEqual({ start: '2020-01-01', end: '2020-01-13' });
    expect(rangeOfSlots(slots, 1, 61)).toEqual({ start: '2020-01-07', end: '2020-12-31' });
  });

  test('a handle past either end of the axis stands at that end', () => {
    const slots = yearSlots();
    expect(rangeOfSlots(slots, -3, 2)).toEqual({ start: '2020-01-01', end: '2020-01-13' });
    expect(rangeOfSlots(slots, 1, 99)).toEqual({ start: '2020-01-07', end: '2020-12-31' });
  });

  test('handles that stand nowhere filter nothing', () => {
    const slots = yearSlots();
    expect(rangeOfSlots(slots, Number.NaN, Number.NaN)).toBeNull();
    expect(rangeOfSlots([], 0, 0)).toBeNull();
    // Both past the same end of the axis: between them, no stop at all.
    expect(rangeOfSlots(slots, 70, 80)).toBeNull();
    expect(rangeOfSlots(slots, -5, -3)).toBeNull();
  });
});

describe('slotsOfRange', () => {
  test('stands the handles at the axis\'s ends when no time is filtered', () => {
    const slots = yearSlots();
    const scale = yearScale();
    expect(slotsOfRange(slots, null, scale)).toEqual({ startIndex: 0, endIndex: 61 });
  });

  test('stands the handles on the stops that just enclose the range\'s days', () => {
    const slots = yearSlots();
    const scale = yearScale();
    // 7 January is at 6, a stop; 13 January ends at 13, just past the stop at 12.
    expect(slotsOfRange(slots, { start: '2020-01-07', end: '2020-01-13' }, scale)).toEqual({ startIndex: 1, endIndex: 3 });
    // One day inside a stretch between stops: the stops either side of it.
    expect(slotsOfRange(slots, { start: '2020-01-09', end: '2020-01-09' }, scale)).toEqual({ startIndex: 1, endIndex: 2 });
    // Back to the range it stands for, the stops' days hold the range's days.
    expect(rangeOfSlots(slots, 1, 3)).toEqual({ start: '2020-01-07', end: '2020-01-19' });
  });

  test('keeps the handles on the axis for a range that runs past its ends', () => {
    const slots = yearSlots();
    const scale = yearScale();
    expect(slotsOfRange(slots, { start: '2019-06-01', end: '2020-01-09' }, scale)).toEqual({ startIndex: 0, endIndex: 2 });
    expect(slotsOfRange(slots, { start: '2020-12-20', end: '2021-03-01' }, scale)).toEqual({ startIndex: 59, endIndex: 61 });
  });

  test('with a single stop or none, stands both handles on the first', () => {
    const slots = yearSlots();
    const scale = yearScale();
    expect(slotsOfRange(slots.slice(0, 1), { start: '2020-01-07', end: '2020-01-13' }, scale)).toEqual({ startIndex: 0, endIndex: 0 });
    expect(slotsOfRange([], { start: '2020-01-07', end: '2020-01-13' }, scale)).toEqual({ startIndex: 0, endIndex: 0 });
    // Before the plot is measured, the axis has no width.
    const unmeasured = makeTimeScale([{ start: '2020-01-01', end: '2020-12-31' }], 0);
    expect(slotsOfRange(toBrushSlots(unmeasured).slice(0, 1), { start: '2020-01-07', end: '2020-01-13' }, unmeasured)).toEqual({ startIndex: 0, endIndex: 0 });
  });

  test('with only the axis\'s two ends as stops, stands both handles at the end a range lies past', () => {
    const narrow = makeTimeScale([{ start: '2020-01-01', end: '2020-12-31' }], 1);
    const ends = toBrushSlots(narrow);
    expect(ends).toHaveLength(2);
    expect(slotsOfRange(ends, { start: '2021-03-01', end: '2021-04-01' }, narrow)).toEqual({ startIndex: 1, endIndex: 1 });
    expect(slotsOfRange(ends, { start: '2019-03-01', end: '2019-04-01' }, narrow)).toEqual({ startIndex: 0, endIndex: 0 });
  });
});
