import type { Commitment, DatasetEvent, TimeRange } from '../data/schema';
import type { DateRange } from '../filters/filter-state';
import { indexById } from './index-by-id';
import { perDataset } from './per-dataset';

/**
 * The span of days a record touches: the day it was stated, when it was agreed, and every event or
 * period it refers to, so that "the next 30 years" or "last year" count under a time filter. Only
 * bounds the text gives count: an open-ended or undated part adds nothing. Null when no part is dated.
 */
export function commitmentExtent(commitment: Commitment, eventsById: ReadonlyMap<string, DatasetEvent>): DateRange | null {
  const days: string[] = [];
  const add = (when: TimeRange | undefined) => {
    if (when?.start) days.push(when.start);
    if (when?.end) days.push(when.end);
  };
  add(commitment.stated);
  add(commitment.agreed);
  for (const eventId of commitment.eventIds) add(eventsById.get(eventId)?.when);
  const [first] = days;
  if (first === undefined) return null;
  let start = first;
  let end = first;
  for (const day of days) {
    if (day < start) start = day;
    if (day > end) end = day;
  }
  return { start, end };
}

/** The extent of each of a dataset's commitments, worked out once per dataset. */
export const extentOf = perDataset((dataset): ((commitment: Commitment) => DateRange | null) => {
  const eventsById = indexById(dataset.events);
  const extents = new Map(dataset.commitments.map((c) => [c, commitmentExtent(c, eventsById)]));
  return (commitment) => (extents.has(commitment) ? (extents.get(commitment) ?? null) : commitmentExtent(commitment, eventsById));
});
