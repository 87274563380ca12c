import { describe, expect, test } from 'vitest';
import type { DatasetEvent } from '../../../src/data/schema';
import { AGGREGATE_ABOVE, COUNTED_WIDTH, MARK, MAX_STACK, STACK_LIMIT, fitTimeline, layoutTimeline, spreadLanes, type LayoutOptions } from '../../../src/derive/layout-timeline';
import { measureText } from '../../../src/derive/measure-text';
import { makeTimeScale, type TimeScale } from '../../../src/derive/time-scale';
import { toTimeline, type Timeline, type TimelineLane } from '../../../src/derive/to-timeline';
import { NO_FILTERS } from '../../../src/filters/filter-state';
import { makeCommitment, makeDataset, statedOn } from '../../fixtures/make-dataset';

const days = ['2021-02-01', '2021-02-02', '2022-06-15', '2023-11-30'];
const datasetOf = (count: number) =>
  makeDataset({
    commitments: Array.from({ length: count }, (_, i) => makeCommitment({ id: `c-${i}`, kind: i % 2 ? 'field' : 'project', stated: statedOn(days[i % days.length]!) })),
  });
const layOut = (count: number, range: { start: string; end: string } | null = null) => {
  const timeline = toTimeline(datasetOf(count), { ...NO_FILTERS, timeRange: range }, 'kind');
  return layoutTimeline(timeline, makeTimeScale(timeline.axisRanges, 600), (event) => event.title.en);
};

describe('layoutTimeline', () => {
  test("draws every statement while there are few: a day's few marks one above the other, more as one counted mark", () => {
    const layout = layOut(AGGREGATE_ABOVE);
    expect(layout.marks.length + layout.bins.reduce((sum, b) => sum + b.count, 0)).toBe(AGGREGATE_ABOVE);
    expect(layout.bins.every((b) => b.width === COUNTED_WIDTH && b.start === b.end && b.count > STACK_LIMIT)).toBe(true);
  });

  test("puts a day's marks on that day, never beside it: one x, at the middle of the day", () => {
    const timeline = toTimeline(datasetOf(7), NO_FILTERS, 'kind');
    const scale = makeTimeScale(timeline.axisRanges, 600);
    const layout = layoutTimeline(timeline, scale, (event) => event.title.en);
    const middle = (day: string) => (scale.x(day) + scale.x(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10))) / 2;
    for (const { mark, x } of layout.marks) expect(x + MARK / 2).toBeCloseTo(middle(mark.commitment.stated.start!), 6);
    for (const bin of layout.bins) expect(bin.x + COUNTED_WIDTH / 2).toBeCloseTo(middle(bin.start), 6);
    // Marks of one day and lane stand one above the other.
    const project = layout.marks.filter((m) => m.laneId === 'project' && m.mark.commitment.stated.start === '2021-02-01');
    expect(new Set(project.map((m) => m.y)).size).toBe(project.length);
  });

  test('counts the marks of each lane per slice of time once there are too many, losing none', () => {
    const layout = layOut(AGGREGATE_ABOVE + 100);
    expect(layout.marks).toEqual([]);
    expect(layout.bins.reduce((sum, b) => sum + b.count, 0)).toBe(AGGREGATE_ABOVE + 100);
    const field = layout.bins.filter((b) => b.laneId === 'field');
    expect(field.map((b) => [b.start, b.end])).toContainEqual(['2021-02-02', '2021-02-02']);
    // The tallest bar fills its lane; the others are scaled to it.
    const tallest = Math.max(...layout.bins.map((b) => b.height));
    expect(layout.bins.find((b) => b.count === Math.max(...layout.bins.map((x) => x.count)))?.height).toBe(tallest);
  });

  test('a counted bar says how many of its commitments fall in the brushed range', () => {
    const layout = layOut(AGGREGATE_ABOVE + 100, { start: '2022-01-01', end: '2022-12-31' });
    const inRange = layout.bins.filter((b) => b.inRange > 0).map((b) => b.start);
    expect(new Set(inRange)).toEqual(new Set(['2022-06-15']));
  });

  test('where the page gives room, stands a day\'s marks in taller stacks rather than counting them, and never grows past that room', () => {
    // 32 statements, each lane holding two of the four days: stacks of 8.
    const timeline = toTimeline(datasetOf(32), NO_FILTERS, 'kind');
    const scale = makeTimeScale(timeline.axisRanges, 600);
    const label = (event: { title: { en: string } }) => event.title.en;
    const usual = layoutTimeline(timeline, scale, label);
    expect(usual.marks).toHaveLength(0);
    expect(usual.bins.map((b) => b.count)).toEqual([8, 8, 8, 8]);

    // No room to spare: the usual layout.
    expect(fitTimeline(usual, timeline, scale, label, usual.height)).toEqual(usual);
    // Room for stacks of 8: every statement is its own mark, and the chart fills the height given.
    const stacked = layoutTimeline(timeline, scale, label, { stackLimit: 8 });
    const roomy = fitTimeline(usual, timeline, scale, label, 2000);
    expect(roomy.bins).toHaveLength(0);
    expect(roomy.marks).toHaveLength(32);
    expect(roomy.height).toBe(2000);
    // Just short of the stacks' height: counted again, the counts' lanes spread to that height.
    const short = fitTimeline(usual, timeline, scale, label, stacked.height - 1);
    expect(short.marks).toHaveLength(0);
    expect(short.height).toBe(stacked.height - 1);
  });

  test('spreads the room left under the lanes over them: marks stay at their lane\'s foot, at their x', () => {
    const timeline = toTimeline(datasetOf(7), NO_FILTERS, 'kind');
    const layout = layoutTimeline(timeline, makeTimeScale(timeline.axisRanges, 600), (event) => event.title.en);
    const spread = spreadLanes(layout, layout.height + 100);
    expect(spread.height).toBe(layout.height + 100);
    expect(spread.lanes.map((l) => l.height)).toEqual(layout.lanes.map((l) => l.height + 100 / layout.lanes.length));
    // Lanes still follow each other, without gaps or overlaps, down to the new foot.
    spread.lanes.slice(1).forEach((lane, i) => expect(lane.y).toBeCloseTo(spread.lanes[i]!.y + spread.lanes[i]!.height, 6));
    for (const [i, placed] of spread.marks.entries()) {
      const lane = spread.lanes.find((l) => l.id === placed.laneId)!;
      const before = layout.lanes.find((l) => l.id === placed.laneId)!;
      expect(placed.x).toBe(layout.marks[i]!.x);
      // As far above its lane's foot as before.
      expect(lane.y + lane.height - placed.y).toBeCloseTo(before.y + before.height - layout.marks[i]!.y, 6);
    }
    expect(spreadLanes(layout, layout.height - 10)).toBe(layout);
  });

  test('counts a day that holds more than MAX_STACK marks whatever the room', () => {
    const timeline = toTimeline(datasetOf(4 * (MAX_STACK + 1)), NO_FILTERS, 'kind');
    const scale = makeTimeScale(timeline.axisRanges, 600);
    const usual = layoutTimeline(timeline, scale, (event) => event.title.en);
    const layout = fitTimeline(usual, timeline, scale, (event) => event.title.en, 100_000);
    expect(layout.marks).toHaveLength(0);
    expect(layout.bins.every((b) => b.count === MAX_STACK + 1)).toBe(true);
  });
});

// 2020 drawn 366 pixels wide: a day a pixel, the nth day of the year from x = n to n + 1.
const year = (width = 366) => makeTimeScale([{ start: '2020-01-01', end: '2020-12-31' }], width);
const dayAt = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
const BASE_EVENT = makeDataset().events[0]!;
type Item = Timeline['events'][number];
/** An event on days `from` to `to` of 2020, named `label`. */
const dated = (id: string, label: string, from: number, to = from, open?: 'start' | 'end'): Item => ({
  event: { ...BASE_EVENT, id, title: { en: label, fr: label } },
  range: { start: dayAt(from), end: dayAt(to) },
  inRange: true,
  ...(open ? { open } : {}),
});
const marksOf = (count: number, inRange = count) =>
  Array.from({ length: count }, (_, i) => ({ commitment: makeCommitment({ id: `m-${i}` }), inRange: i < inRange }));
const laneOf = (id: string, stacks: [day: number, count: number, inRange?: number][]): TimelineLane => ({
  id,
  stacks: stacks.map(([day, count, inRange]) => ({ date: dayAt(day), marks: marksOf(count, inRange) })),
});
const timelineOf = (events: Item[], lanes: TimelineLane[] = []): Timeline => ({ lanes, events, undated: { commitments: [], events: [] }, axisRanges: [] });
const label = (event: DatasetEvent) => event.title.en;
const layOutOn = (timeline: Timeline, scale: TimeScale = year(), options?: LayoutOptions) => layoutTimeline(timeline, scale, label, options);
const rowsOf = (layout: ReturnType<typeof layOutOn>) => Object.fromEntries(layout.events.map((e) => [e.event.id, (e.y - layout.text.axis - 5) / layout.text.row]));
const a = (n: number) => 'a'.repeat(n);
/** A position, to the float's rounding. */
const px = (x: number): number => expect.closeTo(x, 9) as number;

describe('layoutTimeline: the events over the lanes', () => {
  test('sizes the words and rows from the font size: the usual one, and a larger one for a room', () => {
    expect(layOutOn(timelineOf([])).text).toEqual({ size: 11, rise: 13, row: 26, axis: 24 });
    expect(layOutOn(timelineOf([]), year(), { textSize: 20 }).text).toEqual({ size: 20, rise: 24, row: 37, axis: 33 });
  });

  test("draws an event's band over its days, its label written from where it starts", () => {
    const layout = layOutOn(timelineOf([dated('week', 'ab', 60, 69)]));
    expect(layout.events).toEqual([
      { event: expect.objectContaining({ id: 'week' }) as DatasetEvent, inRange: true, x0: px(60), x1: px(70), y: 24 + 5, label: { text: 'ab', x: px(60), anchor: 'start' } },
    ]);
    expect(layout.eventsHeight).toBe(26 + 10);
  });

  test('draws an open-ended event from its known day to the end of the axis it runs on to', () => {
    const layout = layOutOn(timelineOf([dated('since', 'ab', 60, 60, 'end'), dated('until', 'ab', 100, 100, 'start')]));
    const since = layout.events.find((e) => e.event.id === 'since')!;
    const until = layout.events.find((e) => e.event.id === 'until')!;
    expect([since.x0, since.x1, since.open]).toEqual([px(60), 366, 'end']);
    expect([until.x0, until.x1, until.open]).toEqual([0, px(101), 'start']);
    expect(until.label).toEqual({ text: 'ab', x: 0, anchor: 'start' });
  });

  test('draws a day at least a pixel wide, however narrow the axis makes it', () => {
    // 2020 in 100 pixels: a day is 0.27 pixel.
    const scale = year(100);
    const layout = layOutOn(timelineOf([dated('day', 'a', 100)]), scale);
    expect(layout.events[0]!.x0).toBeCloseTo((100 * 100) / 366, 9);
    expect(layout.events[0]!.x1).toBeCloseTo((100 * 100) / 366 + 1, 9);
  });

  test("writes the label of an event near the axis's end leftward, ending where the event ends", () => {
    const layout = layOutOn(timelineOf([dated('late', a(30), 200)]));
    expect(layout.events[0]!.label).toEqual({ text: a(30), x: px(201), anchor: 'end' });
    // On the last day of a narrow axis, the label ends at the axis's end, not past it.
    const last = layOutOn(timelineOf([dated('last', 'a', 365)]), year(100)).events[0]!;
    expect(last.x1).toBeGreaterThan(100);
    expect(last.label).toEqual({ text: 'a', x: 100, anchor: 'end' });
  });

  test('shortens a label longer than the axis, and keeps it on the axis from its start', () => {
    const label = layOutOn(timelineOf([dated('early', a(100), 4)])).events[0]!.label!;
    expect(label.text).toBe(`${a(60)}…`);
    expect(label.anchor).toBe('end');
    expect(label.x).toBeCloseTo(measureText(label.text, 11), 9);
  });

  test('writes a label exactly as wide as the axis from its start', () => {
    const scale = year(measureText(a(10), 11));
    expect(layOutOn(timelineOf([dated('until', a(10), 100, 100, 'start')]), scale).events[0]!.label).toEqual({ text: a(10), x: 0, anchor: 'start' });
  });

  test('puts an event on a new row where it comes closer than 8 pixels to the label before it', () => {
    // The first label runs from 10 to 69.4; an event's diamond reaches 5 pixels left of its day.
    const first = dated('first', a(10), 10);
    expect(rowsOf(layOutOn(timelineOf([first, dated('next', 'a', 83)])))).toEqual({ first: 0, next: 0 });
    expect(rowsOf(layOutOn(timelineOf([first, dated('next', 'a', 82)])))).toEqual({ first: 0, next: 1 });
    // A label of its own reaching back does not count: it is written rightward.
    expect(rowsOf(layOutOn(timelineOf([first, dated('next', a(10), 130)])))).toEqual({ first: 0, next: 0 });
  });

  test('puts an event on a new row where it comes closer than 8 pixels to the band before it', () => {
    // The band runs to 51, and its diamond's room 5 pixels further.
    const long = dated('long', 'ab', 10, 50);
    expect(rowsOf(layOutOn(timelineOf([long, dated('next', 'a', 69)])))).toEqual({ long: 0, next: 0 });
    expect(rowsOf(layOutOn(timelineOf([long, dated('next', 'a', 68)])))).toEqual({ long: 0, next: 1 });
  });

  test('a label written leftward takes the room to the left of its event, not to the right', () => {
    // The late label runs leftward from 201 to 22.8: the event at 100 cannot share its row; the one at 300 can.
    const layout = layOutOn(timelineOf([dated('late', a(30), 200), dated('before', 'a', 100), dated('after', 'a', 300)]));
    expect(rowsOf(layout)).toEqual({ late: 0, before: 1, after: 0 });
    const late = [dated('late', a(10), 340, 349)];
    // Written leftward from 350, a label 59.4 wide starts at 290.6: an event ending 8 pixels before it shares its row.
    expect(rowsOf(layOutOn(timelineOf([...late, dated('left', 'ab', 270, 276)])))).toEqual({ left: 0, late: 0 });
    expect(rowsOf(layOutOn(timelineOf([...late, dated('left', 'ab', 270, 277)])))).toEqual({ left: 0, late: 1 });
  });

  test('stacks up to six rows of events; beyond, events share the last row, none of them labelled there', () => {
    const same = (count: number) => timelineOf(Array.from({ length: count }, (_, i) => dated(`e${i}`, 'a', 100)));
    const six = layOutOn(same(6));
    expect(six.events.map((e) => e.y)).toEqual([29, 55, 81, 107, 133, 159]);
    expect(six.events.every((e) => e.label !== null)).toBe(true);
    expect(six.eventsHeight).toBe(6 * 26 + 10);

    const seven = layOutOn(same(7));
    expect(seven.events.map((e) => e.y)).toEqual([29, 55, 81, 107, 133, 159, 159]);
    expect(seven.events.map((e) => e.label?.text ?? null)).toEqual(['a', 'a', 'a', 'a', 'a', null, null]);
    expect(seven.eventsHeight).toBe(6 * 26 + 10);

    const three = layOutOn(same(3));
    expect(three.eventsHeight).toBe(3 * 26 + 10);
    expect(three.lanes).toEqual([]);
    expect(three.height).toBe(24 + 3 * 26 + 10 + 2);
    expect(layOutOn(same(0)).eventsHeight).toBe(26 + 10);
  });

  test('rows of a larger type are taller', () => {
    const layout = layOutOn(timelineOf([dated('one', 'a', 100), dated('two', 'a', 100)]), year(), { textSize: 20 });
    expect(layout.events.map((e) => e.y)).toEqual([33 + 5, 33 + 5 + 37]);
    expect(layout.eventsHeight).toBe(2 * 37 + 10);
  });
});

describe('layoutTimeline: the marks in their lanes', () => {
  // Lane "few": two marks on day 60, one on day 100. Lane "many": seven on day 200, three of them in range.
  const lanes = () => [laneOf('few', [[60, 2], [100, 1]]), laneOf('many', [[200, 7, 3]])];

  test("stands a day's few marks one above the other at the foot of their lane, each at the middle of its day", () => {
    const layout = layOutOn(timelineOf([], lanes()));
    // Under the year axis (24) and one empty row of events (36), the lane of two-mark stacks is 20 + 10 tall.
    expect(layout.lanes).toEqual([{ id: 'few', y: 60, height: 30 }, { id: 'many', y: 90, height: 25 }]);
    expect(layout.marks.map((m) => [m.laneId, m.mark.commitment.id, m.x, m.y])).toEqual([
      ['few', 'm-0', px(60.5 - MARK / 2), 76],
      ['few', 'm-1', px(60.5 - MARK / 2), 65],
      ['few', 'm-0', px(100.5 - MARK / 2), 76],
    ]);
    expect(layout.height).toBe(90 + 25 + 2);
  });

  test("counts a day's marks in one mark, at the middle of that day, when they are more than five", () => {
    const layout = layOutOn(timelineOf([], lanes()));
    expect(layout.bins).toEqual([{ laneId: 'many', start: dayAt(200), end: dayAt(200), count: 7, inRange: 3, x: px(200.5 - COUNTED_WIDTH / 2), y: 95, height: 15, width: COUNTED_WIDTH }]);
  });

  test('stands more marks of a day one above the other where told it may', () => {
    const layout = layOutOn(timelineOf([], lanes()), year(), { stackLimit: 7 });
    expect(layout.bins).toEqual([]);
    const many = layout.marks.filter((m) => m.laneId === 'many');
    expect(many.map((m) => m.y)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => 90 + 5 + 75 - (i + 1) * 11 + 2));
    expect(layout.lanes[1]).toEqual({ id: 'many', y: 90, height: 7 * 11 - 2 + 10 });
  });

  test('never draws two marks over each other', () => {
    // 16 statements on four days in two lanes: stacks of four.
    const layout = layOut(16);
    const overlapping = layout.marks.flatMap((one, i) =>
      layout.marks.slice(i + 1).filter((other) => Math.abs(one.x - other.x) < MARK && Math.abs(one.y - other.y) < MARK).map((other) => [one, other]),
    );
    expect(layout.marks).toHaveLength(16);
    expect(overlapping).toEqual([]);
  });

  test("makes a lane tall enough for its name in the font size's line", () => {
    const one = () => timelineOf([], [laneOf('one', [[100, 1]])]);
    expect(layOutOn(one()).lanes[0]!.height).toBe(15 + 10);
    expect(layOutOn(one(), year(), { textSize: 12 }).lanes[0]!.height).toBe(12 + 8 + 10);
    expect(layOutOn(one(), year(), { textSize: 20 }).lanes[0]!.height).toBe(20 + 8 + 10);
    expect(layOutOn(one(), year(), { textSize: 20 }).marks[0]!.y).toBe(33 + 47 + 5 + 28 - MARK);
  });
});

describe('layoutTimeline: counted slices of a large dataset', () => {
  // Past 400 marks: lane "a" holds days 4, 0 and 2 (one slice, 350 marks) and day 10 (the next slice, 60);
  // lane "b" days 100 and 101 (10 marks).
  const large = (events: Item[] = []) =>
    timelineOf(events, [laneOf('a', [[4, 100, 10], [0, 200], [2, 50], [10, 60]]), laneOf('b', [[100, 4], [101, 6, 1]])]);

  test('counts each lane\'s marks per 6-pixel slice, each bar as tall as its count against the largest', () => {
    const layout = layOutOn(large());
    expect(layout.marks).toEqual([]);
    expect(layout.lanes).toEqual([{ id: 'a', y: 60, height: 34 }, { id: 'b', y: 94, height: 34 }]);
    const bins = layout.bins.map(({ laneId, start, end, count, inRange, x, y, height }) => ({ laneId, start, end, count, inRange, x, y, height }));
    expect(bins).toEqual([
      { laneId: 'a', start: dayAt(0), end: dayAt(4), count: 350, inRange: 260, x: 0, y: 60 + 5, height: 24 },
      { laneId: 'a', start: dayAt(10), end: dayAt(10), count: 60, inRange: 60, x: 6, y: px(60 + 5 + 24 - (24 * 60) / 350), height: px((24 * 60) / 350) },
      { laneId: 'b', start: dayAt(100), end: dayAt(101), count: 10, inRange: 5, x: 96, y: 94 + 5 + 24 - 2, height: 2 },
    ]);
    expect(layout.bins.every((b) => b.width === undefined)).toBe(true);
    expect(layout.height).toBe(60 + 2 * 34 + 2);
  });

  test('puts every event on one row, labelled only where none overlap', () => {
    const overlapping = layOutOn(large([dated('one', 'a', 100), dated('two', 'a', 100)]));
    expect(overlapping.events.map((e) => [e.y, e.label])).toEqual([[29, null], [29, null]]);
    expect(overlapping.eventsHeight).toBe(36);
    const apart = layOutOn(large([dated('one', 'a', 100), dated('two', 'a', 200)]));
    expect(apart.events.map((e) => e.label?.text)).toEqual(['a', 'a']);
  });

  test('draws up to 400 marks one by one, from 401 counted', () => {
    const counted = (total: number) => layOutOn(timelineOf([], [laneOf('a', Array.from({ length: total }, (_, i): [number, number] => [i % 366, 1]))]));
    expect(counted(400).marks).toHaveLength(400);
    expect(counted(401).marks).toHaveLength(0);
  });
});

describe('fitTimeline and spreadLanes, with room to spare', () => {
  test('stands the tallest stacks that fit, not only the first found', () => {
    // Day 10 holds 8 marks, day 20 12: with room, both stand.
    const timeline = timelineOf([], [laneOf('a', [[10, 8], [20, 12]])]);
    const scale = year();
    const usual = layOutOn(timeline, scale);
    const roomy = fitTimeline(usual, timeline, scale, label, 5000);
    expect(roomy.bins).toEqual([]);
    expect(roomy.marks).toHaveLength(20);
    // Just the room stacks of 12 take.
    const stacked = layOutOn(timeline, scale, { stackLimit: 12 });
    const exact = fitTimeline(usual, timeline, scale, label, stacked.height);
    expect(exact.marks).toHaveLength(20);
    expect(exact.height).toBe(stacked.height);
    // One pixel less: stacks of 8 stand, the 12 are counted.
    const less = fitTimeline(usual, timeline, scale, label, stacked.height - 1);
    expect(less.marks).toHaveLength(8);
    expect(less.bins.map((b) => b.count)).toEqual([12]);
  });

  test(`stands a day of exactly ${MAX_STACK} marks where there is room`, () => {
    const timeline = timelineOf([], [laneOf('a', [[10, MAX_STACK]])]);
    const usual = layOutOn(timeline);
    expect(fitTimeline(usual, timeline, year(), label, 5000).marks).toHaveLength(MAX_STACK);
  });

  test('fills the height given with a layout that counts nothing', () => {
    const timeline = timelineOf([], [laneOf('a', [[10, 2]])]);
    const usual = layOutOn(timeline);
    expect(fitTimeline(usual, timeline, year(), label, usual.height + 50).height).toBe(usual.height + 50);
  });

  test('leaves the counted slices of a large dataset as they are, whatever the room', () => {
    const timeline = timelineOf([], [laneOf('a', [[0, 8], [100, 400]])]);
    const usual = layOutOn(timeline);
    expect(usual.marks).toEqual([]);
    expect(fitTimeline(usual, timeline, year(), label, 5000)).toBe(usual);
    expect(spreadLanes(usual, 5000)).toBe(usual);
  });

  test('moves a counted mark down with its lane\'s foot', () => {
    const layout = layOutOn(timelineOf([], [laneOf('one', [[10, 1]]), laneOf('many', [[20, 7]])]));
    const spread = spreadLanes(layout, layout.height + 100);
    expect(spread.bins[0]!.y).toBe(layout.bins[0]!.y + 100);
    expect(spread.marks[0]!.y).toBe(layout.marks[0]!.y + 50);
    expect(spread.lanes.map((l) => l.y)).toEqual([layout.lanes[0]!.y, layout.lanes[1]!.y + 50]);
  });

  test('leaves a layout as it is with no whole pixel to spare, or nothing drawn in its lanes', () => {
    const layout = layOutOn(timelineOf([], [laneOf('one', [[10, 1]])]));
    expect(spreadLanes(layout, layout.height)).toBe(layout);
    expect(spreadLanes(layout, layout.height + 0.5)).toBe(layout);
    const empty = layOutOn(timelineOf([], [laneOf('none', [])]));
    expect(spreadLanes(empty, empty.height + 100)).toBe(empty);
  });
});
