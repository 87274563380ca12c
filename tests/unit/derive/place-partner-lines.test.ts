import { describe, expect, test } from 'vitest';
import { measureText } from '../../../src/derive/measure-text';
import { placeMapLabels, type Obstacle, type PlacedMapLabel } from '../../../src/derive/place-map-labels';
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

// Hand-placed labels, for lines whose geometry the tests work out.
const label = (id: string, x: number, y: number, width = 70, height = 33): PlacedMapLabel => ({ id, name: id, count: '1', x, y, width, height, anchor: [x, y], moved: false });
const link = (countryId: string, ...partners: [string, number][]) => ({ countryId, partners: partners.map(([id, count]) => ({ countryId: id, count })) });
type Point = readonly [number, number];
/** A line's curve, from its SVG path data: start, control point, end. */
const curveOf = (d: string): [Point, Point, Point] => {
  const [x0, y0, x1, y1, x2, y2] = d.match(/-?\d+(\.\d+)?/g)!.map(Number) as [number, number, number, number, number, number];
  return [[x0, y0], [x1, y1], [x2, y2]];
};
/** The point a share of the way along a curve. */
const along = ([p0, p1, p2]: [Point, Point, Point], s: number): Point => {
  const u = 1 - s;
  return [u * u * p0[0] + 2 * u * s * p1[0] + s * s * p2[0], u * u * p0[1] + 2 * u * s * p1[1] + s * s * p2[1]];
};
const samples = (curve: [Point, Point, Point]) => Array.from({ length: 201 }, (_, i) => along(curve, i / 200));
const distance = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);
const offLine = (p: Point, curve: [Point, Point, Point]) => Math.min(...samples(curve).map((q) => distance(p, q)));
const centre = (o: Obstacle): Point => [o.x, o.y];
/** The area two boxes share. */
const intersection = (a: Obstacle, b: Obstacle) => {
  const w = Math.min(a.x + a.width / 2, b.x + b.width / 2) - Math.max(a.x - a.width / 2, b.x - b.width / 2);
  const h = Math.min(a.y + a.height / 2, b.y + b.height / 2) - Math.max(a.y - a.height / 2, b.y - b.height / 2);
  return w > 0 && h > 0 ? w * h : 0;
};
const insideFrame = (o: Obstacle, f: { width: number; height: number }) => o.x - o.width / 2 >= 0 && o.x + o.width / 2 <= f.width && o.y - o.height / 2 >= 0 && o.y + o.height / 2 <= f.height;

describe('one line between two labels with nothing in its way', () => {
  const a = label('AAA', 100, 100);
  const b = label('BBB', 380, 100);
  // Drawn in each test, where mutation testing switches its mutants on.
  const draw = () => {
    const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame);
    return { line: line!, curve: curveOf(line!.d) };
  };

  test('runs from just outside the one label to just outside the other', () => {
    const { line } = draw();
    // 2 px clear of each label's side, to within a step of the search along the curve.
    expect(line.start[0] - (a.x + a.width / 2)).toBeGreaterThan(2);
    expect(line.start[0] - (a.x + a.width / 2)).toBeLessThan(4);
    expect(b.x - b.width / 2 - line.end[0]).toBeGreaterThan(2);
    expect(b.x - b.width / 2 - line.end[0]).toBeLessThan(4);
  });

  test('is drawn as its path data says, to a tenth of a pixel', () => {
    const { line, curve } = draw();
    expect(curve[0][0]).toBeCloseTo(line.start[0], 1);
    expect(curve[0][1]).toBeCloseTo(line.start[1], 1);
    expect(curve[2][0]).toBeCloseTo(line.end[0], 1);
    expect(curve[2][1]).toBeCloseTo(line.end[1], 1);
    expect(line.d).toMatch(/^M\d+(\.\d)?,\d+(\.\d)?Q\d+(\.\d)?,\d+(\.\d)? \d+(\.\d)?,\d+(\.\d)?$/);
  });

  test('bows gently, to the right of its way, rather than running straight', () => {
    const { line, curve } = draw();
    const middle = along(curve, 0.5);
    expect(middle[0]).toBeCloseTo((a.x + b.x) / 2, 0);
    expect(middle[1] - a.y).toBeGreaterThan(0.05 * (b.x - a.x));
    expect(middle[1] - a.y).toBeLessThan(0.1 * (b.x - a.x));
    // Symmetric between two labels of one size.
    expect(line.start[1]).toBeCloseTo(line.end[1], 1);
  });

  test('writes its number on the line, four-fifths of the way to the partner', () => {
    const { line, curve } = draw();
    const [x, y] = along(curve, 0.8);
    expect(line.number.x).toBeCloseTo(x, 0);
    expect(line.number.y).toBeCloseTo(y, 0);
  });

  test('slides its number back along the line when a place name covers that spot', () => {
    const { line, curve } = draw();
    // A place just above the spot: it covers the number's box, not the line.
    const [x, y] = along(curve, 0.8);
    const place = { x, y: y - 11, width: 10, height: 10 };
    const [moved] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame, 1, [place]);
    expect(moved!.d).toBe(line.d);
    const [x7, y7] = along(curve, 0.7);
    expect(moved!.number.x).toBeCloseTo(x7, 0);
    expect(moved!.number.y).toBeCloseTo(y7, 0);
    expect(overlap(moved!.number, place)).toBe(false);
  });
});

test('bows a line away from a label in its way', () => {
  const inTheWay = label('CCC', 240, 150);
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [label('AAA', 60, 130), label('BBB', 420, 130), inTheWay, label('DDD', 240, 30)], frame);
  const curve = curveOf(line!.d);
  for (const p of samples(curve)) expect(inside(p, inTheWay), `${p.join(',')} on the label in the way`).toBe(false);
  expect(along(curve, 0.5)[1]).toBeLessThan(130);
});

describe('a line going south', () => {
  const [a, b] = [label('AAA', 240, 40), label('BBB', 240, 220)];
  const draw = () => {
    const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame);
    return { line: line!, curve: curveOf(line!.d) };
  };

  test('bows to the right of its way, that is west', () => {
    const { curve } = draw();
    expect(along(curve, 0.5)[0]).toBeLessThan(a.x - 0.05 * (b.y - a.y));
    expect(along(curve, 0.5)[1]).toBeCloseTo((a.y + b.y) / 2, 0);
  });

  test('writes its number on the line four-fifths of the way, just above the partner’s label', () => {
    const { line, curve } = draw();
    const [x, y] = along(curve, 0.8);
    expect(line.number.x).toBeCloseTo(x, 0);
    expect(line.number.y).toBeCloseTo(y, 0);
  });
});

test('does not run over a place name beside its partner’s label', () => {
  // Where a line bowing south would come in to the partner's label.
  const place = { x: 339, y: 109, width: 8, height: 10 };
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [label('AAA', 100, 100), label('BBB', 380, 100)], frame, 1, [place]);
  for (const p of samples(curveOf(line!.d))) expect(inside(p, place), `${p.join(',')} on the place`).toBe(false);
});

test('pays no heed to a label beyond the partner’s, past the line’s end', () => {
  const labels = [label('AAA', 100, 100), label('BBB', 380, 100)];
  const [alone] = placePartnerLines([link('AAA', ['BBB', 5])], labels, frame);
  // Small, and just beyond the partner's label, where the line would run on if it did not stop.
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [...labels, label('CCC', 424, 88, 16, 12)], frame);
  expect(line!.d).toBe(alone!.d);
});

test('puts the number on the free side of its line when a place name lies along the other', () => {
  // Along the south of the line, just clear of it.
  const place = { x: 240, y: 126, width: 220, height: 10 };
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [label('AAA', 100, 100), label('BBB', 380, 100)], frame, 1, [place]);
  const curve = curveOf(line!.d);
  for (const p of samples(curve)) expect(inside(p, place)).toBe(false);
  expect(overlap(line!.number, place)).toBe(false);
  // Beside the line, just clear of it: three quarters of its height from the line, to the north.
  expect(offLine(centre(line!.number), curve)).toBeCloseTo(0.75 * line!.number.height, 0);
  expect(line!.number.y).toBeLessThan(along(curve, 0.8)[1]);
  expect(line!.number.x).toBeGreaterThan(along(curve, 0.7)[0]);
});

test('puts the number beside a line too short to hold it, off both labels', () => {
  const [a, b] = [label('AAA', 160, 100), label('BBB', 240, 100)];
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame);
  expect(overlap(line!.number, a)).toBe(false);
  expect(overlap(line!.number, b)).toBe(false);
  const off = offLine(centre(line!.number), curveOf(line!.d));
  expect(off).toBeGreaterThan(line!.number.height / 2);
  expect(off).toBeLessThan(2.5 * line!.number.height);
});

test('puts the number on the other side of a short line when a place name is on the one', () => {
  const [a, b] = [label('AAA', 160, 100), label('BBB', 240, 100)];
  // Where the number would go, south of the line, without the place.
  const place = { x: 202.7, y: 131.5, width: 14, height: 15 };
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame, 1, [place]);
  for (const box of [a, b, place]) expect(overlap(line!.number, box)).toBe(false);
  expect(line!.number.y).toBeLessThan(line!.start[1]);
  // As far off the line as it went on the other side, no further: the line keeps its gentle bow.
  expect(offLine(centre(line!.number), curveOf(line!.d))).toBeCloseTo(2.3 * 0.75 * line!.number.height, 0);
});

test('puts the number as close beside a short line as the labels let it, on the side left free', () => {
  // Flat labels: a little off the line clears them.
  const [a, b] = [label('AAA', 160, 100, 70, 8), label('BBB', 240, 100, 70, 8)];
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame);
  const curve = curveOf(line!.d);
  expect(line!.number.y).toBeGreaterThan(line!.start[1]);
  expect(offLine(centre(line!.number), curve)).toBeCloseTo(0.75 * line!.number.height, 0);
  // A place name where it went: to the other side, as close as the labels let it there.
  const place = { x: 202, y: 120, width: 26, height: 20 };
  const [moved] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame, 1, [place]);
  for (const box of [a, b, place]) expect(overlap(moved!.number, box)).toBe(false);
  expect(moved!.number.y).toBeLessThan(moved!.start[1]);
  expect(offLine(centre(moved!.number), curveOf(moved!.d))).toBeCloseTo(1.6 * 0.75 * moved!.number.height, 0);
});

test('puts the number square beside a short slanting line', () => {
  const [a, b] = [label('AAA', 230, 100, 30, 33), label('BBB', 250, 136, 30, 33)];
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame);
  expect(overlap(line!.number, a)).toBe(false);
  expect(overlap(line!.number, b)).toBe(false);
  expect(offLine(centre(line!.number), curveOf(line!.d))).toBeCloseTo(0.75 * line!.number.height, 0);
});

test('puts the number square beside a short line going south, just clear of both labels', () => {
  // Narrow labels, one just above the other.
  const [a, b] = [label('AAA', 240, 100, 30, 33), label('BBB', 240, 136, 30, 33)];
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame);
  const curve = curveOf(line!.d);
  expect(overlap(line!.number, a)).toBe(false);
  expect(overlap(line!.number, b)).toBe(false);
  // West of the line (its right), level with it, at the least offset that clears the labels.
  expect(offLine(centre(line!.number), curve)).toBeCloseTo(2.3 * 0.75 * line!.number.height, 0);
  expect(line!.number.x).toBeLessThan(a.x - a.width / 2);
  expect(line!.number.y).toBeGreaterThan(line!.start[1]);
  expect(line!.number.y).toBeLessThan(line!.end[1]);
});

test('keeps the number on a line that runs close along the frame’s edge, inside it', () => {
  for (const [x, from, to] of [[12, 'BBB', 'AAA'], [468, 'AAA', 'BBB']] as const) {
    // Going north on the left, south on the right: either way the line bows into the frame.
    const [line] = placePartnerLines([link(from, [to, 5])], [label('AAA', x, 30, 24, 20), label('BBB', x, 230, 24, 20)], frame);
    const [nx, ny] = along(curveOf(line!.d), 0.8);
    expect(line!.number.x, `at ${x}`).toBeCloseTo(nx, 0);
    expect(line!.number.y, `at ${x}`).toBeCloseTo(ny, 0);
    expect(insideFrame(line!.number, frame)).toBe(true);
  }
});

test('would rather its line cross a place name than its number cover one', () => {
  // A low frame: a line bowing south would leave no room for its number but on a place name.
  const low = { width: 290, height: 70 };
  const places = [{ x: 140, y: 40, width: 50, height: 30 }, { x: 170, y: 10, width: 30, height: 20 }];
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [label('AAA', 215, 47), label('BBB', 75, 47)], low, 1, places);
  for (const place of places) expect(overlap(line!.number, place)).toBe(false);
  expect(insideFrame(line!.number, low)).toBe(true);
});

test('keeps the numbers of lines along the frame’s four edges inside it', () => {
  // Small labels in the corners: each line bows out of the frame.
  const corners = [label('TLL', 12, 10, 24, 20), label('TRR', 468, 10, 24, 20), label('BLL', 12, 250, 24, 20), label('BRR', 468, 250, 24, 20)];
  const lines = placePartnerLines([link('TRR', ['TLL', 5]), link('BLL', ['BRR', 5]), link('TLL', ['BLL', 3]), link('BRR', ['TRR', 5])], corners, frame);
  expect(lines).toHaveLength(4);
  for (const [i, line] of lines.entries()) {
    expect(insideFrame(line.number, frame), `${line.from}-${line.to}`).toBe(true);
    for (const corner of corners) expect(overlap(line.number, corner), `${line.from}-${line.to} number on ${corner.id}`).toBe(false);
    for (const other of lines.slice(i + 1)) expect(overlap(line.number, other.number)).toBe(false);
  }
});

test('shrinks the line between two labels on top of each other to a stub between their middles', () => {
  const [a, b] = [label('AAA', 200, 100), label('BBB', 230, 105)];
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [a, b], frame);
  expect(line!.start[0]).toBeGreaterThan(a.x + 0.4 * (b.x - a.x));
  expect(line!.end[0]).toBeLessThan(a.x + 0.6 * (b.x - a.x));
  expect(line!.start[0]).toBeLessThan(line!.end[0]);
});

test('keeps the number inside a frame too small for it to sit clear, covering what it must', () => {
  const small = { width: 140, height: 34 };
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [label('AAA', 35, 17), label('BBB', 105, 17)], small);
  expect(insideFrame(line!.number, small)).toBe(true);
});

test('hides as little of the labels as it can when no spot is clear', () => {
  // Two labels fill the frame but for a strip below them, lower than the number.
  const small = { width: 140, height: 46 };
  const labels = [label('AAA', 35, 17), label('BBB', 105, 17)];
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], labels, small);
  const { number } = line!;
  expect(insideFrame(number, small)).toBe(true);
  const hidden = labels.reduce((sum, l) => sum + intersection(number, l), 0);
  expect(hidden).toBeLessThan(0.25 * number.width * number.height);
});

test('puts the number at the middle of its line when the frame is too low to hold it', () => {
  const low = { width: 240, height: 12 };
  const [line] = placePartnerLines([link('AAA', ['BBB', 5])], [label('AAA', 35, 6, 70, 12), label('BBB', 200, 6, 70, 12)], low);
  const [x, y] = along(curveOf(line!.d), 0.5);
  expect(line!.number.x).toBeCloseTo(x, 0);
  expect(line!.number.y).toBeCloseTo(y, 0);
});

test('draws lines from 1 px for no shared statement to 3 px for the most, in proportion, scaled with the map', () => {
  const labels = [label('AAA', 60, 60), label('BBB', 420, 60), label('CCC', 60, 200), label('DDD', 420, 200)];
  const widths = (scale: number) => placePartnerLines([link('AAA', ['BBB', 20], ['CCC', 5], ['DDD', 0])], labels, frame, scale).map((l) => l.strokeWidth);
  expect(widths(1)).toEqual([3, 1.5, 1]);
  expect(widths(2)).toEqual([6, 3, 2]);
});

test('draws a line 1 px wide when no pair shares a statement', () => {
  const [line] = placePartnerLines([link('AAA', ['BBB', 0])], [label('AAA', 60, 60), label('BBB', 420, 60)], frame);
  expect(line!.strokeWidth).toBe(1);
});

test('writes the number at 11 px, larger on a larger map, but never below 10 px', () => {
  const size = (scale: number) => placePartnerLines([link('AAA', ['BBB', 5])], [label('AAA', 60, 60), label('BBB', 420, 60)], { width: 960, height: 520 }, scale)[0]!.number.size;
  expect(size(1)).toBe(11);
  expect(size(2)).toBe(22);
  expect(size(0.85)).toBe(10);
});

test('gives the number a box that holds its text with room around it', () => {
  const [line] = placePartnerLines([link('AAA', ['BBB', 123])], [label('AAA', 60, 60), label('BBB', 420, 60)], frame);
  expect(line!.number.text).toBe('123');
  expect(line!.number.width).toBeGreaterThan(measureText('123', 11, 700) + 4);
  expect(line!.number.height).toBeGreaterThan(11 + 2);
});
