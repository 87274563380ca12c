import type { StatementType, Strength } from '../data/schema';
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
  /** The statement types shown, never none: undertakings alone by default, so counts are of undertakings. */
  types: readonly StatementType[];
  /** The strengths shown; none chosen shows every strength. */
  strengths: readonly Strength[];
  /** Only statements specific to one Central Asian country (for China: with one partner at most). */
  specificOnly: boolean;
  /** The readouts (source ids) whose statements are shown; none chosen shows every readout's. */
  sources: readonly string[];
  /** Each pledge once: a statement a later one shown repeats, advances or supersedes is left out. */
  latestOnly: boolean;
}

/** How the timeline splits its lanes: by subject, statement type, strength, or country. */
export const LANE_CHOICES = ['kind', 'type', 'strength', 'country'] as const;
export type TimelineLanes = (typeof LANE_CHOICES)[number];

export const VIEW_IDS = ['map', 'heatmap', 'timeline', 'details'] as const;
/** A view that can be enlarged to fill the screen. */
export type ViewId = (typeof VIEW_IDS)[number];

/** Everything the user chose; everything shown is derived from this and the dataset. */
export interface FilterState extends Filters {
  /** The commitment whose quote and source are open in the details. */
  focusedId: string | null;
  language: Language;
  /** How the timeline splits its lanes. */
  lanes: TimelineLanes;
  /** The view enlarged to fill the screen, if any. */
  spotlight: ViewId | null;
  /** With two readouts chosen: the map and heatmap count each one's, earlier → later. */
  compare: boolean;
}

/** Counts called commitments count undertakings unless the user asks for more. */
export const DEFAULT_TYPES: readonly StatementType[] = ['undertaking'];

/** Whether these are the default statement types, in any order. */
export function isDefaultTypes(types: readonly StatementType[]): boolean {
  return types.length === DEFAULT_TYPES.length && types.every((type) => DEFAULT_TYPES.includes(type));
}

export const NO_FILTERS: Filters = { countries: [], domains: [], timeRange: null, types: DEFAULT_TYPES, strengths: [], specificOnly: false, sources: [], latestOnly: false };

/** Every record, whatever its type: for what describes the dataset as a whole. */
export const EVERY_RECORD: Filters = { ...NO_FILTERS, types: ['undertaking', 'call', 'position', 'assessment'] };

export const DEFAULT_STATE: FilterState = {
  ...NO_FILTERS,
  focusedId: null,
  language: 'en',
  lanes: 'kind',
  spotlight: null,
  compare: false,
};
