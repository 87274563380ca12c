import { describe, expect, test } from 'vitest';
import { toTimeline } from '../../../src/derive/to-timeline';
import { EVERY_RECORD as NO_FILTERS } from '../../../src/filters/filter-state';
import { makeDataset } from '../../fixtures/make-dataset';

const dataset = makeDataset();
const lane = (timeline: ReturnType<typeof toTimeline>, id: string) =>
  timeline.lanes.find((l) => l.id === id)?.stacks.map((s) => [s.date, s.marks.map((m) => m.commitment.id)]);

describe('toTimeline', () => {
  test('puts each commitment in the lane of its kind, stacked by the day it was made', () => {
    const timeline = toTimeline(dataset, NO_FILTERS, 'kind');
    expect(timeline.lanes.map((l) => l.id)).toEqual(['political', 'field', 'project', 'mechanism']);
    expect(lane(timeline, 'field')).toEqual([['2024-03-01', ['energy-trade']]]);
    expect(lane(timeline, 'political')).toEqual([['2024-03-01', ['culture-support']]]);
  });

  test('by country, shows a commitment in the lane of each country it concerns', () => {
    const timeline = toTimeline(dataset, NO_FILTERS, 'country');
    expect(lane(timeline, 'CHN')).toEqual([['2024-03-01', ['energy-trade', 'culture-support']]]);
    expect(lane(timeline, 'KGZ')).toEqual([['2024-03-01', ['culture-support']]]);
  });

  test('by statement type or by strength, one lane for each shown, strongest first', () => {
    const byType = toTimeline(dataset, NO_FILTERS, 'type');
    expect(byType.lanes.map((l) => l.id)).toEqual(['undertaking', 'call', 'position', 'assessment']);
    expect(lane(byType, 'position')).toEqual([['2024-03-01', ['culture-support']]]);
    const byStrength = toTimeline(dataset, { ...NO_FILTERS, strengths: ['position', 'undertaking'] }, 'strength');
    expect(byStrength.lanes.map((l) => l.id)).toEqual(['undertaking', 'position']);
    expect(lane(byStrength, 'undertaking')).toEqual([['2024-03-01', ['energy-trade']]]);
    expect(toTimeline(dataset, { ...NO_FILTERS, types: ['call'] }, 'type').lanes.map((l) => l.id)).toEqual(['call']);
  });

  test('follows the country filter, for marks, lanes and events', () => {
    const timeline = toTimeline(dataset, { ...NO_FILTERS, countries: ['KGZ'] }, 'country');
    expect(timeline.lanes.map((l) => l.id)).toEqual(['KGZ']);
    expect(timeline.events.map((e) => e.event.id)).toEqual(['last-year']);
  });

  test('dims, rather than drops, what falls outside the time range', () => {
    const timeline = toTimeline(dataset, { ...NO_FILTERS, timeRange: { start: '2023-01-01', end: '2023-12-31' } }, 'kind');
    const marks = timeline.lanes.flatMap((l) => l.stacks.flatMap((s) => s.marks));
    expect(marks.map((m) => [m.commitment.id, m.inRange])).toEqual([['culture-support', true], ['energy-trade', false]]);
    expect(timeline.events.map((e) => [e.event.id, e.inRange])).toEqual([['meeting-day', false], ['last-year', true]]);
  });

  test('keeps the axis on every date of the dataset whatever the filters', () => {
    const all = toTimeline(dataset, NO_FILTERS, 'kind').axisRanges;
    expect(toTimeline(dataset, { ...NO_FILTERS, countries: ['KGZ'] }, 'kind').axisRanges).toEqual(all);
  });
});
