import { expect, test } from 'vitest';
import { packRows } from '../../../src/derive/pack-rows';

const pack = (intervals: [number, number][]) => packRows(intervals, (i) => i[0], (i) => i[1]).map(({ item, row }) => `${item[0]}-${item[1]}:${row}`);

test('puts intervals that do not overlap on the same row', () => {
  expect(pack([[0, 1], [2, 3]])).toEqual(['0-1:0', '2-3:0']);
});

test('stacks overlapping intervals on new rows, reusing freed rows', () => {
  expect(pack([[0, 10], [1, 2], [3, 4], [11, 12]])).toEqual(['0-10:0', '1-2:1', '3-4:1', '11-12:0']);
});
