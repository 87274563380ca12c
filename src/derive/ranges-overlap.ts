import type { DateRange } from '../filters/filter-state';

/** Whether two inclusive ISO-date ranges share at least one day. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}
