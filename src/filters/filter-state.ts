import type { Language } from '../i18n/language';

/** An inclusive range of days, as ISO dates. */
export interface DateRange {
  start: string;
  end: string;
}

/** What the user chose. Everything shown is derived from this and the dataset. */
export interface Filters {
  countries: readonly string[];
  domains: readonly string[];
  timeRange: DateRange | null;
}

export interface FilterState extends Filters {
  focusedId: string | null;
  language: Language;
}

export const NO_FILTERS: Filters = { countries: [], domains: [], timeRange: null };
