import type { Commitment, DatasetEvent } from '../data/schema';
import type { DateRange } from '../filters/filter-state';
import { indexById } from './index-by-id';
import { perDataset } from './per-dataset';

/**
 * The span of days a commitment touches: the day it was made and every event or period it
 * refers to, so that "the next 30 years" or "last year" count under a time filter.
 */
export function commitmentExtent(commitment: Commitment, eventsById: ReadonlyMap<string, DatasetEvent>): DateRange {
  let start = commitment.madeOn;
  let end = commitment.madeOn;
  for (const eventId of commitment.eventIds) {
    const event = eventsById.get(eventId);
    if (!event) continue;
    if (event.when.start < start) start = event.when.start;
    if (event.when.end > end) end = event.when.end;
  }
  return { start, end };
}

/** The extent of each of a dataset's commitments, worked out once per dataset. */
export const extentOf = perDataset((dataset): ((commitment: Commitment) => DateRange) => {
  const eventsById = indexById(dataset.events);
  const extents = new Map(dataset.commitments.map((c) => [c, commitmentExtent(c, eventsById)]));
  return (commitment) => extents.get(commitment) ?? commitmentExtent(commitment, eventsById);
});
