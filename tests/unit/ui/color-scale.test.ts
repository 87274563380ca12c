import { expect, test } from 'vitest';
import { classBounds, colorClass } from '../../../src/ui/color-scale';

test('keeps zero apart from every positive count', () => {
  expect([colorClass(0, 46), colorClass(1, 46)]).toEqual([0, 1]);
});

test('gives the maximum the darkest class', () => {
  expect(colorClass(46, 46)).toBe(5);
});

test('lists the counts each class stands for, for the legend', () => {
  expect(classBounds(10)).toEqual([
    { index: 1, from: 1, to: 2 },
    { index: 2, from: 3, to: 4 },
    { index: 3, from: 5, to: 6 },
    { index: 4, from: 7, to: 8 },
    { index: 5, from: 9, to: 10 },
  ]);
});
