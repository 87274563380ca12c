import type { TimeRange } from '../data/schema';
import type { DateRange } from '../filters/filter-state';

/** The days a date covers where the text gives both bounds; null for an open-ended or unknown date. */
export function knownBounds(when: TimeRange): DateRange | null {
  return when.start !== null && when.end !== null ? { start: when.start, end: when.end } : null;
}

/** The one day a date names, when it names one: where a mark can sit exactly. */
export function dayOf(when: TimeRange): string | null {
  return when.start === when.end ? when.start : null;
}
