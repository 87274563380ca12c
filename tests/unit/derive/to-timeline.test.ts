import { describe, expect, test } from 'vitest';
import { toTimeline } from '../../../src/derive/to-timeline';
import { EVERY_RECORD as NO_FILTERS } from '../../../src/filters/filter-state';
import type { DatasetEvent, TimeRange } from '../../../src/data/schema';
import { makeCommitment, makeDataset, statedOn } from '../../fixtures/make-dataset';

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

describe('toTimeline, with open-ended, undated and out-of-order records', () => {
  const when = (start: string | null, end: string | null): TimeRange => ({ start, end, precision: start && end ? 'span' : start || end ? 'open' : 'unknown', wording: 'some words', resolution: { en: 'r', fr: 'r' } });
  const event = (id: string, start: string | null, end: string | null): DatasetEvent => ({ ...makeDataset().events[0]!, id, when: when(start, end), countryIds: ['KAZ'] });
  const odd = () => {
    const dataset = makeDataset();
    dataset.events.push(event('since-2022', '2022-05-01', null), event('until-2021', null, '2021-09-01'), event('some-day', null, null));
    dataset.commitments.push(
      makeCommitment({ id: 'january', stated: statedOn('2024-01-10') }),
      makeCommitment({ id: 'february', stated: statedOn('2024-02-05') }),
      makeCommitment({ id: 'first-half', stated: when('2022-01-01', '2022-06-30') }),
      makeCommitment({ id: 'undated', stated: when(null, null) }),
    );
    return dataset;
  };

  test("orders a lane's days from the earliest, whatever order the records come in", () => {
    const timeline = toTimeline(odd(), NO_FILTERS, 'kind');
    expect(lane(timeline, 'field')).toEqual([['2024-01-10', ['january']], ['2024-02-05', ['february']], ['2024-03-01', ['energy-trade']]]);
  });

  test('keeps apart, as undated, the records not stated on one known day and the events with no date', () => {
    const timeline = toTimeline(odd(), NO_FILTERS, 'kind');
    expect(timeline.undated.commitments.map((c) => c.id)).toEqual(['first-half', 'undated']);
    expect(timeline.undated.events.map((e) => e.id)).toEqual(['some-day']);
    const onAxis = timeline.lanes.flatMap((l) => l.stacks.flatMap((s) => s.marks.map((m) => m.commitment.id)));
    expect(onAxis).not.toContain('first-half');
    expect(onAxis).not.toContain('undated');
    expect(toTimeline(makeDataset(), NO_FILTERS, 'kind').undated).toEqual({ commitments: [], events: [] });
  });

  test('draws an open-ended event from its one known day, running on to the end of the axis it leaves open', () => {
    const timeline = toTimeline(odd(), NO_FILTERS, 'kind');
    expect(timeline.events.map((e) => [e.event.id, e.range, e.open ?? null, e.inRange])).toEqual([
      ['meeting-day', { start: '2024-03-01', end: '2024-03-01' }, null, true],
      ['last-year', { start: '2023-01-01', end: '2023-12-31' }, null, true],
      ['since-2022', { start: '2022-05-01', end: '2022-05-01' }, 'end', true],
      ['until-2021', { start: '2021-09-01', end: '2021-09-01' }, 'start', true],
    ]);
  });

  test('an event "since" a day falls in a brushed range that ends on or after that day', () => {
    const inRange = (range: { start: string; end: string }) =>
      toTimeline(odd(), { ...NO_FILTERS, timeRange: range }, 'kind').events.find((e) => e.event.id === 'since-2022')?.inRange;
    expect(inRange({ start: '2020-01-01', end: '2022-05-01' })).toBe(true);
    expect(inRange({ start: '2030-01-01', end: '2031-01-01' })).toBe(true);
    expect(inRange({ start: '2020-01-01', end: '2022-04-30' })).toBe(false);
  });

  test('an event "until" a day falls in a brushed range that starts on or before that day', () => {
    const inRange = (range: { start: string; end: string }) =>
      toTimeline(odd(), { ...NO_FILTERS, timeRange: range }, 'kind').events.find((e) => e.event.id === 'until-2021')?.inRange;
    expect(inRange({ start: '2021-09-01', end: '2024-01-01' })).toBe(true);
    expect(inRange({ start: '1990-01-01', end: '1991-01-01' })).toBe(true);
    expect(inRange({ start: '2021-09-02', end: '2024-01-01' })).toBe(false);
  });

  test('an event with both days known falls in a brushed range that shares a day with it', () => {
    const inRange = (range: { start: string; end: string }) =>
      toTimeline(odd(), { ...NO_FILTERS, timeRange: range }, 'kind').events.find((e) => e.event.id === 'last-year')?.inRange;
    expect(inRange({ start: '2023-12-31', end: '2024-01-31' })).toBe(true);
    expect(inRange({ start: '2024-01-01', end: '2024-01-31' })).toBe(false);
  });

  test('sets the axis on the days of every dated record: both ends of a period, the one known day of an open-ended event', () => {
    expect(toTimeline(odd(), NO_FILTERS, 'kind').axisRanges).toEqual([
      { start: '2024-03-01', end: '2024-03-01' },
      { start: '2023-01-01', end: '2023-12-31' },
      { start: '2022-05-01', end: '2022-05-01' },
      { start: '2021-09-01', end: '2021-09-01' },
      { start: '2024-03-01', end: '2024-03-01' },
      { start: '2024-03-01', end: '2024-03-01' },
      { start: '2024-01-10', end: '2024-01-10' },
      { start: '2024-02-05', end: '2024-02-05' },
      { start: '2022-01-01', end: '2022-06-30' },
    ]);
  });

  test('by strength with no strength chosen, one lane for every strength, strongest first', () => {
    const timeline = toTimeline(odd(), NO_FILTERS, 'strength');
    expect(timeline.lanes.map((l) => l.id)).toEqual(['firm', 'undertaking', 'advance', 'call', 'position', 'view']);
  });

  test('a commitment that names a country twice stands once in its lane', () => {
    const dataset = makeDataset();
    dataset.commitments[0]!.countryIds = ['KAZ', 'CHN', 'KAZ'];
    expect(lane(toTimeline(dataset, NO_FILTERS, 'country'), 'KAZ')).toEqual([['2024-03-01', ['energy-trade']]]);
  });
});
