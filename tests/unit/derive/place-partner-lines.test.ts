import { expect, test } from 'vitest';
import { placeMapLabels, type Obstacle } from '../../../src/derive/place-map-labels';
import { placePartnerLines } from '../../../src/derive/place-partner-lines';

const frame = { width: 480, height: 260 };
const overlap = (a: Obstacle, b: Obstacle) => Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;
const near = ([x, y]: readonly [number, number], box: Obstacle, within: number) =>
  Math.abs(x - box.x) <= box.width / 2 + within && Math.abs(y - box.y) <= box.height / 2 + within;
const inside = ([x, y]: readonly [number, number], box: Obstacle) => Math.abs(x - box.x) < box.width / 2 && Math.abs(y - box.y) < box.height / 2;

// Kazakhstan in the north, China in the east, three partners in the south, as on the map.
const labels = placeMapLabels(
  [
    { id: 'KAZ', anchor: [200, 50], name: 'Kazakhstan', count: '19' },
    { id: 'CHN', anchor: [420, 150], name: 'China', count: '29' },
    { id: 'UZB', anchor: [90, 200], name: 'Uzbekistan', count: '19' },
    { id: 'KGZ', anchor: [250, 180], name: 'Kyrgyzstan', count: '18' },
    { id: 'TJK', anchor: [200, 235], name: 'Tajikistan', count: '19' },
  ],
  frame,
);
const kazakhstan = {
  countryId: 'KAZ',
  partners: [
    { countryId: 'CHN', count: 19 },
    { countryId: 'UZB', count: 16 },
    { countryId: 'KGZ', count: 16 },
    { countryId: 'TJK', count: 8 },
  ],
};
const box = (id: string) => labels.find((l) => l.id === id)!;

test('draws one line from the selected country to each partner', () => {
  expect(placePartnerLines([kazakhstan], labels, frame).map((l) => `${l.from}-${l.to}`)).toEqual(['KAZ-CHN', 'KAZ-UZB', 'KAZ-KGZ', 'KAZ-TJK']);
});

test('draws a pair of two selected countries once', () => {
  const uzbekistan = { countryId: 'UZB', partners: [{ countryId: 'CHN', count: 19 }, { countryId: 'KAZ', count: 16 }] };
  expect(placePartnerLines([kazakhstan, uzbekistan], labels, frame).map((l) => `${l.from}-${l.to}`)).toEqual(['KAZ-CHN', 'KAZ-UZB', 'KAZ-KGZ', 'KAZ-TJK', 'UZB-CHN']);
});

test('starts and ends each line just outside the two labels, never under them', () => {
  for (const line of placePartnerLines([kazakhstan], labels, frame)) {
    expect(near(line.start, box(line.from), 4), `${line.to} start`).toBe(true);
    expect(inside(line.start, box(line.from)), `${line.to} start`).toBe(false);
    expect(near(line.end, box(line.to), 4), `${line.to} end`).toBe(true);
    expect(inside(line.end, box(line.to)), `${line.to} end`).toBe(false);
  }
});

test('writes each line its count', () => {
  expect(placePartnerLines([kazakhstan], labels, frame).map((l) => l.number.text)).toEqual(['19', '16', '16', '8']);
});

test('keeps the numbers clear of every label, of place names and of each other', () => {
  const place = { x: 330, y: 90, width: 60, height: 16 };
  const lines = placePartnerLines([kazakhstan], labels, frame, 1, [place]);
  for (const [i, line] of lines.entries()) {
    for (const label of labels) expect(overlap(line.number, label), `${line.to} number on ${label.id}`).toBe(false);
    expect(overlap(line.number, place), `${line.to} number on the place`).toBe(false);
    for (const other of lines.slice(i + 1)) expect(overlap(line.number, other.number), `${line.to} number on ${other.to}'s`).toBe(false);
  }
});

test('keeps the numbers inside the frame', () => {
  for (const { number } of placePartnerLines([kazakhstan], labels, frame)) {
    expect(number.x - number.width / 2).toBeGreaterThanOrEqual(0);
    expect(number.x + number.width / 2).toBeLessThanOrEqual(frame.width);
    expect(number.y - number.height / 2).toBeGreaterThanOrEqual(0);
    expect(number.y + number.height / 2).toBeLessThanOrEqual(frame.height);
  }
});

test('draws a line thicker for more shared statements', () => {
  const [china, , , tajikistan] = placePartnerLines([kazakhstan], labels, frame);
  expect(china!.strokeWidth).toBeGreaterThan(tajikistan!.strokeWidth);
});

test('leaves out a partner that has no label on the map', () => {
  const lines = placePartnerLines([{ countryId: 'KAZ', partners: [{ countryId: 'TKM', count: 3 }] }], labels, frame);
  expect(lines).toEqual([]);
});
