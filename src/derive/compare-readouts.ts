import type { Dataset, Source } from '../data/schema';
import type { Filters } from '../filters/filter-state';
import type { CountryCount } from './to-country-counts';
import type { Heatmap } from './to-heatmap';

/** Two readouts compared: the earlier and the later, by the day each is dated. */
export interface ReadoutPair {
  before: Source;
  after: Source;
}

/** The pair to compare: the two readouts chosen, when comparing is asked and exactly two are. */
export function comparedPair(dataset: Dataset, sources: readonly string[], compare: boolean): ReadoutPair | null {
  if (!compare || sources.length !== 2) return null;
  const [before, after] = dataset.sources.filter((s) => sources.includes(s.id)).sort((a, b) => a.date.localeCompare(b.date));
  return before && after ? { before, after } : null;
}

/** The filters narrowed to one readout of the pair. */
export function filtersFor(filters: Filters, source: Source): Filters {
  return { ...filters, sources: [source.id] };
}

/** The later readout's country counts, each with the earlier readout's beside it. */
export function compareCountryCounts(before: readonly CountryCount[], after: readonly CountryCount[]): CountryCount[] {
  const earlier = new Map(before.map((c) => [c.countryId, c.count]));
  return after.map((c) => ({ ...c, before: earlier.get(c.countryId) ?? 0 }));
}

/** The later readout's heatmap, each row and folded group with the earlier readout's counts beside. */
export function compareHeatmaps(before: Heatmap, after: Heatmap): Heatmap {
  return {
    ...after,
    groups: after.groups.map((group, g) => {
      const earlier = before.groups[g];
      return {
        ...group,
        before: earlier?.counts ?? [],
        rows: group.rows.map((row, r) => ({ ...row, before: earlier?.rows[r]?.counts ?? [] })),
      };
    }),
  };
}
