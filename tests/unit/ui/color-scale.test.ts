import { expect, test } from 'vitest';
import { classBounds, colorClass, SEQUENTIAL_BLUES } from '../../../src/ui/color-scale';
import { contrast, luminance, parseColor, simulate, VISIONS } from '../../fixtures/color-vision';

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

test('each step of the scale stays lighter than the next for the common colour-vision deficiencies', () => {
  for (const vision of [null, ...VISIONS]) {
    const seen = SEQUENTIAL_BLUES.map((c) => (vision ? simulate(c, vision) : parseColor(c)));
    const steps = seen.slice(1).map((c, i) => ({ darker: luminance(c) < luminance(seen[i]!), ratio: contrast(c, seen[i]!) }));
    expect(steps.every((s) => s.darker && s.ratio >= 1.15), `${vision ?? 'normal vision'}: ${JSON.stringify(steps)}`).toBe(true);
  }
});
