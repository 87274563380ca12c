import type { Commitment, Dataset, DatasetEvent } from '../data/schema';
import type { DateRange, Filters, TimelineLanes } from '../filters/filter-state';
import { extentOf } from './commitment-extent';
import { filterCommitments } from './filter-commitments';
import { isFirstOf } from './is-first-of';
import { perDataset } from './per-dataset';
import { rangesOverlap } from './ranges-overlap';

export const KIND_LANES = ['political', 'field', 'project', 'mechanism'] as const;

export interface TimelineMark {
  commitment: Commitment;
  /** Whether it falls in the brushed time range (all do when none is brushed). */
  inRange: boolean;
}

export interface TimelineLane {
  /** A commitment kind, or a country id. */
  id: string;
  /** Marks made on the same day pile up in one stack. */
  stacks: { date: string; marks: TimelineMark[] }[];
}

export interface Timeline {
  lanes: TimelineLane[];
  events: { event: DatasetEvent; inRange: boolean }[];
  /** Every date of the dataset, unfiltered, so the axis stays put while filters change. */
  axisRanges: DateRange[];
}

/**
 * Commitments by lane and day, and the dated events beside them. Follows the country and domain
 * filters; the time filter only dims what falls outside it, so the user can see what to brush.
 */
export function toTimeline(dataset: Dataset, filters: Filters, lanes: TimelineLanes): Timeline {
  const extent = extentOf(dataset);
  const range = filters.timeRange;
  const inRange = (r: DateRange) => range === null || rangesOverlap(r, range);
  const commitments = filterCommitments(dataset, { ...filters, timeRange: null });

  const laneIds: readonly string[] =
    lanes === 'kind'
      ? KIND_LANES
      : dataset.countries.map((c) => c.id).filter((id) => filters.countries.length === 0 || filters.countries.includes(id));
  const laneOf = (c: Commitment): readonly string[] => (lanes === 'kind' ? [c.kind] : c.countryIds);

  // One pass: each commitment goes into the stack of its day in every lane it belongs to.
  const stacksByLane = new Map(laneIds.map((id) => [id, new Map<string, TimelineMark[]>()]));
  for (const commitment of commitments) {
    const mark = { commitment, inRange: inRange(extent(commitment)) };
    const ids = laneOf(commitment);
    for (let i = 0; i < ids.length; i++) {
      const laneId = ids[i] ?? '';
      const stacks = stacksByLane.get(laneId);
      if (!stacks || !isFirstOf(ids, i)) continue;
      const marks = stacks.get(commitment.madeOn);
      if (marks) marks.push(mark);
      else stacks.set(commitment.madeOn, [mark]);
    }
  }
  const timelineLanes = laneIds.map((id) => {
    const stacks = [...(stacksByLane.get(id) ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { id, stacks: stacks.map(([date, marks]) => ({ date, marks })) };
  });

  const events = dataset.events
    .filter((e) => filters.countries.length === 0 || e.countryIds.some((id) => filters.countries.includes(id)))
    .map((event) => ({ event, inRange: inRange(event.when) }));

  return { lanes: timelineLanes, events, axisRanges: axisRangesOf(dataset) };
}

/** The same array for as long as the dataset lives, so the axis drawn from it is not remade. */
const axisRangesOf = perDataset((dataset): DateRange[] => [
  ...dataset.events.map((e) => ({ start: e.when.start, end: e.when.end })),
  ...dataset.commitments.map((c) => ({ start: c.madeOn, end: c.madeOn })),
]);
