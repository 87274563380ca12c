import type { Language } from '../i18n/language';

/** An inclusive range of days, as ISO dates. */
export interface DateRange {
  start: string;
  end: string;
}

/** What the user chose to narrow the commitments by. */
export interface Filters {
  countries: readonly string[];
  domains: readonly string[];
  timeRange: DateRange | null;
}

export type TimelineLanes = 'kind' | 'country';

export const VIEW_IDS = ['map', 'heatmap', 'timeline', 'details'] as const;
/** A view that can be enlarged to fill the screen. */
export type ViewId = (typeof VIEW_IDS)[number];

/** Everything the user chose; everything shown is derived from this and the dataset. */
export interface FilterState extends Filters {
  /** The commitment whose quote and source are open in the details. */
  focusedId: string | null;
  language: Language;
  /** The heatmap counts only commitments specific to one Central Asian country. */
  specificOnly: boolean;
  /** How the timeline splits its lanes. */
  lanes: TimelineLanes;
  /** The view enlarged to fill the screen, if any. */
  spotlight: ViewId | null;
}

export const NO_FILTERS: Filters = { countries: [], domains: [], timeRange: null };

export const DEFAULT_STATE: FilterState = {
  ...NO_FILTERS,
  focusedId: null,
  language: 'en',
  specificOnly: false,
  lanes: 'kind',
  spotlight: null,
};
