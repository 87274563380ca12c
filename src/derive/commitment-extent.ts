import type { Commitment, DatasetEvent } from '../data/schema';
import type { DateRange } from '../filters/filter-state';

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
