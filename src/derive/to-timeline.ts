import { STATEMENT_TYPES, STRENGTHS, type Commitment, type Dataset, type DatasetEvent } from '../data/schema';
import type { DateRange, Filters, TimelineLanes } from '../filters/filter-state';
import { extentOf } from './commitment-extent';
import { filterCommitments } from './filter-commitments';
import { isFirstOf } from './is-first-of';
import { dayOf, knownBounds } from './known-bounds';
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
  /** Marks stated on the same day pile up in one stack. */
  stacks: { date: string; marks: TimelineMark[] }[];
}

export interface Timeline {
  lanes: TimelineLane[];
  /**
   * Events the text dates, with the days they cover. An open-ended event ("since 2022") has one
   * known bound: its range is that day, and `open` says which way it runs on to the axis's end.
   */
  events: { event: DatasetEvent; range: DateRange; inRange: boolean; open?: 'start' | 'end' }[];
  /** What matches the filters but cannot sit on the axis: records not stated on a known day, undated events. */
  undated: { commitments: Commitment[]; events: DatasetEvent[] };
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
  const inRange = (r: DateRange | null) => range === null || (r !== null && rangesOverlap(r, range));
  const commitments = filterCommitments(dataset, { ...filters, timeRange: null });

  // Type and strength lanes are those the filters show, strongest first.
  const laneIds: readonly string[] = {
    kind: KIND_LANES,
    type: STATEMENT_TYPES.filter((type) => filters.types.includes(type)),
    strength: STRENGTHS.filter((s) => filters.strengths.length === 0 || filters.strengths.includes(s)),
    country: dataset.countries.map((c) => c.id).filter((id) => filters.countries.length === 0 || filters.countries.includes(id)),
  }[lanes];
  const laneOf = (c: Commitment): readonly string[] => ({ kind: [c.kind], type: [c.statementType], strength: [c.strength], country: c.countryIds })[lanes];

  // One pass: each commitment goes into the stack of its day in every lane it belongs to.
  const stacksByLane = new Map(laneIds.map((id) => [id, new Map<string, TimelineMark[]>()]));
  const undatedCommitments: Commitment[] = [];
  for (const commitment of commitments) {
    const day = dayOf(commitment.stated);
    if (day === null) {
      undatedCommitments.push(commitment);
      continue;
    }
    const mark = { commitment, inRange: inRange(extent(commitment)) };
    const ids = laneOf(commitment);
    for (const [i, laneId] of ids.entries()) {
      const stacks = stacksByLane.get(laneId);
      if (!stacks || !isFirstOf(ids, i)) continue;
      const marks = stacks.get(day);
      if (marks) marks.push(mark);
      else stacks.set(day, [mark]);
    }
  }
  const timelineLanes = laneIds.map((id) => {
    // A lane's days are the keys of a map: no two are equal.
    const stacks = [...(stacksByLane.get(id) ?? [])].sort(([a], [b]) => (a < b ? -1 : 1));
    return { id, stacks: stacks.map(([date, marks]) => ({ date, marks })) };
  });

  const events: Timeline['events'] = [];
  const undatedEvents: DatasetEvent[] = [];
  for (const event of dataset.events) {
    if (filters.countries.length > 0 && !event.countryIds.some((id) => filters.countries.includes(id))) continue;
    const bounds = knownBounds(event.when);
    const { start, end } = event.when;
    if (bounds) events.push({ event, range: bounds, inRange: inRange(bounds) });
    else if (start !== null) events.push({ event, range: { start, end: start }, inRange: range === null || range.end >= start, open: 'end' });
    else if (end !== null) events.push({ event, range: { start: end, end }, inRange: range === null || range.start <= end, open: 'start' });
    else undatedEvents.push(event);
  }

  return { lanes: timelineLanes, events, undated: { commitments: undatedCommitments, events: undatedEvents }, axisRanges: axisRangesOf(dataset) };
}

/** The same array for as long as the dataset lives, so the axis drawn from it is not remade. */
const axisRangesOf = perDataset((dataset): DateRange[] =>
  [...dataset.events.map((e) => oneBound(e.when)), ...dataset.commitments.map((c) => knownBounds(c.stated))].filter((r): r is DateRange => r !== null),
);

/** The days an event covers, or the one day an open-ended event is known by. */
function oneBound(when: DatasetEvent['when']): DateRange | null {
  const day = when.start ?? when.end;
  return knownBounds(when) ?? (day === null ? null : { start: day, end: day });
}
