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
  let start: string | null = null;
  let end: string | null = null;
  const add = (when: TimeRange | undefined) => {
    if (!when) return;
    for (const day of [when.start, when.end]) {
      if (day === null) continue;
      if (start === null || day < start) start = day;
      if (end === null || day > end) end = day;
    }
  };
  add(commitment.stated);
  add(commitment.agreed);
  for (const eventId of commitment.eventIds) add(eventsById.get(eventId)?.when);
  return start !== null && end !== null ? { start, end } : null;
}

/** The extent of each of a dataset's commitments, worked out once per dataset. */
export const extentOf = perDataset((dataset): ((commitment: Commitment) => DateRange | null) => {
  const eventsById = indexById(dataset.events);
  const extents = new Map(dataset.commitments.map((c) => [c, commitmentExtent(c, eventsById)]));
  return (commitment) => (extents.has(commitment) ? (extents.get(commitment) ?? null) : commitmentExtent(commitment, eventsById));
});
