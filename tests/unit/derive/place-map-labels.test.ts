import { expect, test } from 'vitest';
import { measureText } from '../../../src/derive/measure-text';
import { COUNT_SIZE, NAME_SIZE, placeMapLabels, type Obstacle, type PlacedMapLabel } from '../../../src/derive/place-map-labels';

const overlap = (a: PlacedMapLabel, b: PlacedMapLabel) => Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;
const frame = { width: 480, height: 200 };

test('leaves labels with room where they belong', () => {
  const [a, b] = placeMapLabels([{ id: 'KAZ', anchor: [100, 60], name: 'Kazakhstan', count: '19' }, { id: 'CHN', anchor: [380, 120], name: 'China', count: '29' }], frame);
  expect([a?.x, a?.y, a?.moved, b?.x, b?.y, b?.moved]).toEqual([100, 60, false, 380, 120, false]);
});

test('pushes crowded labels apart until none overlap, inside the frame, with a leader where one moved far', () => {
  const crowded = placeMapLabels(
    [
      { id: 'KGZ', anchor: [200, 100], name: 'Kyrgyzstan', count: '18' },
      { id: 'TJK', anchor: [190, 112], name: 'Tajikistan', count: '19' },
      { id: 'UZB', anchor: [170, 104], name: 'Uzbekistan', count: '19' },
      { id: 'TKM', anchor: [140, 118], name: 'Turkmenistan', count: '21' },
    ],
    frame,
  );
  for (const [i, a] of crowded.entries()) {
    for (const b of crowded.slice(i + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width / 2).toBeLessThanOrEqual(frame.width);
    expect(a.y - a.height / 2).toBeGreaterThanOrEqual(0);
    expect(a.y + a.height / 2).toBeLessThanOrEqual(frame.height);
  }
  expect(crowded.some((l) => l.moved)).toBe(true);
});

test('keeps a label inside the frame when its anchor is at the edge', () => {
  const [edge] = placeMapLabels([{ id: 'KAZ', anchor: [2, 2], name: 'Kazakhstan', count: '19' }], frame);
  expect(edge!.x - edge!.width / 2).toBeGreaterThanOrEqual(0);
  expect(edge!.y - edge!.height / 2).toBeGreaterThanOrEqual(0);
});

test('moves a label off a place name, which stays where it is', () => {
  const place = { x: 100, y: 60, width: 60, height: 16 };
  const [label] = placeMapLabels([{ id: 'KAZ', anchor: [100, 60], name: 'Kazakhstan', count: '19' }], frame, 1, [place]);
  const clear = Math.abs(label!.x - place.x) >= (label!.width + place.width) / 2 || Math.abs(label!.y - place.y) >= (label!.height + place.height) / 2;
  expect(clear).toBe(true);
});

const one = (anchor: [number, number], obstacles: Obstacle[] = [], within = frame) => placeMapLabels([{ id: 'KAZ', anchor, name: 'Kazakhstan', count: '19' }], within, 1, obstacles)[0]!;
const clearOf = (label: PlacedMapLabel, o: Obstacle) => Math.abs(label.x - o.x) >= (label.width + o.width) / 2 || Math.abs(label.y - o.y) >= (label.height + o.height) / 2;

test('sizes a label to its longer line, bold, with 3 px around, and scales it with the map', () => {
  const [short, long] = placeMapLabels(
    [
      { id: 'CHN', anchor: [100, 100], name: 'China', count: '128 → 131' },
      { id: 'TKM', anchor: [300, 100], name: 'Turkmenistan', count: '9' },
    ],
    { width: 960, height: 400 },
    1.5,
  );
  expect(short!.width).toBeCloseTo(measureText('128 → 131', COUNT_SIZE * 1.5, 700) + 6, 9);
  expect(long!.width).toBeCloseTo(measureText('Turkmenistan', NAME_SIZE * 1.5, 700) + 6, 9);
  expect(short!.height).toBeCloseTo((NAME_SIZE + COUNT_SIZE) * 1.5 + 6, 9);
  expect(one([100, 100]).height).toBe(NAME_SIZE + COUNT_SIZE + 6);
});

test('sets a label snug in the corner nearest an anchor outside the frame', () => {
  const topLeft = one([-20, -20]);
  expect([topLeft.x - topLeft.width / 2, topLeft.y - topLeft.height / 2]).toEqual([0, 0]);
  const bottomRight = one([frame.width + 20, frame.height + 20]);
  expect(bottomRight.x + bottomRight.width / 2).toBeCloseTo(frame.width, 9);
  expect(bottomRight.y + bottomRight.height / 2).toBeCloseTo(frame.height, 9);
});

test('lets two labels touch side by side, or one above the other, without moving them', () => {
  const { width } = one([100, 100]);
  const [left, right] = placeMapLabels([{ id: 'KAZ', anchor: [width, 100], name: 'Kazakhstan', count: '19' }, { id: 'UZB', anchor: [2 * width, 100], name: 'Kazakhstan', count: '19' }], frame);
  expect([left!.x, right!.x, left!.moved, right!.moved]).toEqual([width, 2 * width, false, false]);
  const [top, below] = placeMapLabels([{ id: 'KAZ', anchor: [100, 60], name: 'Kazakhstan', count: '19' }, { id: 'UZB', anchor: [100, 93], name: 'Kazakhstan', count: '19' }], frame);
  expect([top!.y, below!.y, top!.moved, below!.moved]).toEqual([60, 93, false, false]);
});

test('moves a label off a place name on its spot to the nearest free spot sideways', () => {
  const place = { x: 200, y: 100, width: 10, height: 10 };
  const label = one([200, 100], [place]);
  expect(clearOf(label, place)).toBe(true);
  expect(label.y).toBe(100);
  expect(label.x).toBeGreaterThan(200);
  expect(label.x - 200).toBeLessThan(label.width);
  expect(label.moved).toBe(true);
});

test('moves a label down and aside, close by, when the place name on its spot has another to its right', () => {
  const places = [{ x: 200, y: 100, width: 10, height: 10 }, { x: 300, y: 100, width: 40, height: 120 }];
  const label = one([200, 100], places);
  for (const place of places) expect(clearOf(label, place)).toBe(true);
  expect(label.y).toBeGreaterThan(100);
  expect(label.x).toBeGreaterThan(200);
  expect(Math.hypot(label.x - 200, label.y - 100)).toBeLessThan(2 * label.height);
});

test('draws no leader to a label moved by no more than half its height', () => {
  const { width } = one([200, 100]);
  // A place name across the top of its spot, and another just right of it.
  const places = [{ x: 200, y: 83.5, width, height: 1 }, { x: 200 + width / 2 + 25, y: 100, width: 40, height: 200 }];
  const label = one([200, 100], places);
  for (const place of places) expect(clearOf(label, place)).toBe(true);
  expect([label.x, label.y, label.moved]).toEqual([200, 116.5, false]);
});

test('looks for a free spot as far as six label heights away', () => {
  const big = { width: 2000, height: 1000 };
  const place = { x: 1000, y: 500, width: 610, height: 380 };
  const label = one([1000, 500], [place], big);
  expect(clearOf(label, place)).toBe(true);
  expect(label.moved).toBe(true);
});

test('keeps a label on its own spot when no free spot is within reach', () => {
  const label = one([1000, 500], [{ x: 1000, y: 500, width: 800, height: 500 }], { width: 2000, height: 1000 });
  expect([label.x, label.y, label.moved]).toEqual([1000, 500, false]);
});

test('keeps a label wider or taller than the frame on its own spot, for no spot inside the frame can hold it', () => {
  const place = (x: number, y: number) => ({ x, y, width: 10, height: 10 });
  const wide = one([30, 100], [place(30, 100)], { width: 60, height: 200 });
  expect([wide.x + wide.width / 2, wide.y, wide.moved]).toEqual([60, 100, false]);
  const tall = one([100, 10], [place(100, 10)], { width: 200, height: 20 });
  expect([tall.x, tall.y + tall.height / 2, tall.moved]).toEqual([100, 20, false]);
});

test('keeps a label set against the right or bottom edge there, whatever the rounding of its edge', () => {
  // 107.3 − w/2 + w/2 lands a rounding error past 107.3: the label is still inside the frame.
  const small = { width: 107.3, height: 61.7 };
  const [right] = placeMapLabels([{ id: 'KAZ', anchor: [200, 30], name: 'Kazakhstan', count: '19' }], small, 0.85);
  expect(right!.x + right!.width / 2).toBeCloseTo(small.width, 9);
  expect(right!.y).toBe(30);
  const [bottom] = placeMapLabels([{ id: 'KAZ', anchor: [50, 200], name: 'Kazakhstan', count: '19' }], small, 0.85);
  expect(bottom!.y + bottom!.height / 2).toBeCloseTo(small.height, 9);
  expect(bottom!.x).toBe(50);
});

test('lets two labels touch side by side at any position, whatever the rounding of their edges', () => {
  const { width } = one([100, 100]);
  for (const x of [100, 100.1, 123.7, 250.3]) {
    const [left, right] = placeMapLabels([{ id: 'KAZ', anchor: [x, 100], name: 'Kazakhstan', count: '19' }, { id: 'UZB', anchor: [x + width, 100], name: 'Kazakhstan', count: '19' }], frame);
    expect([left!.moved, right!.moved, right!.x]).toEqual([false, false, x + width]);
  }
});
