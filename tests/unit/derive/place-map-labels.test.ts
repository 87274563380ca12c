import { expect, test } from 'vitest';
import { placeMapLabels, type PlacedMapLabel } from '../../../src/derive/place-map-labels';

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
