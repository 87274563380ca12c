import { expect, test } from 'vitest';
import { packRows } from '../../../src/derive/pack-rows';

const pack = (intervals: [number, number][]) => packRows(intervals, (i) => i[0], (i) => i[1]).map(({ item, row }) => `${item[0]}-${item[1]}:${row}`);

test('puts intervals that do not overlap on the same row', () => {
  expect(pack([[0, 1], [2, 3]])).toEqual(['0-1:0', '2-3:0']);
});

test('stacks overlapping intervals on new rows, reusing freed rows', () => {
  expect(pack([[0, 10], [1, 2], [3, 4], [11, 12]])).toEqual(['0-10:0', '1-2:1', '3-4:1', '11-12:0']);
});

test('places intervals in the order they start, whatever order they come in', () => {
  expect(pack([[5, 6], [0, 10]])).toEqual(['0-10:0', '5-6:1']);
});

test('of intervals starting together, places the shorter first', () => {
  expect(pack([[0, 10], [0, 2], [3, 4]])).toEqual(['0-2:0', '0-10:1', '3-4:0']);
});

test('keeps a gap between intervals on one row: an interval closer than the gap goes on a new row', () => {
  const packGap = (intervals: [number, number][]) => packRows(intervals, (i) => i[0], (i) => i[1], 8).map(({ item, row }) => `${item[0]}-${item[1]}:${row}`);
  expect(packGap([[0, 10], [18, 20]])).toEqual(['0-10:0', '18-20:0']);
  expect(packGap([[0, 10], [17, 20]])).toEqual(['0-10:0', '17-20:1']);
});

test('leaves the list it is given as it was', () => {
  const intervals: [number, number][] = [[5, 6], [0, 10]];
  packRows(intervals, (i) => i[0], (i) => i[1]);
  expect(intervals).toEqual([[5, 6], [0, 10]]);
});
