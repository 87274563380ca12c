import { describe, expect, test } from 'vitest';
import { AGGREGATE_ABOVE, COUNTED_WIDTH, MARK, MAX_STACK, STACK_LIMIT, fitTimeline, layoutTimeline, spreadLanes } from '../../../src/derive/layout-timeline';
import { makeTimeScale } from '../../../src/derive/time-scale';
import { toTimeline } from '../../../src/derive/to-timeline';
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
