import type { Dataset } from '../data/schema';
import { EVERY_RECORD, type Filters } from '../filters/filter-state';
import { filterCommitments } from './filter-commitments';
import { FOCAL_COUNTRY } from './focal-country';
import { isFirstOf } from './is-first-of';
import { perDataset } from './per-dataset';

export interface CountryCount {
  countryId: string;
  /** Records that concern the country under the type, strength, domain and time filters. */
  count: number;
  /** Comparing two readouts: the earlier one's count; `count` is the later one's. */
  before?: number;
}

/**
 * How many commitments concern each country under every filter but the country selection, so
 * that selecting one country does not blank the others on the map.
 */
export function toCountryCounts(dataset: Dataset, filters: Filters): CountryCount[] {
  const counts = new Map(dataset.countries.map((c) => [c.id, 0]));
  for (const commitment of filterCommitments(dataset, { ...filters, countries: [] })) {
    commitment.countryIds.forEach((id, i) => {
      const count = counts.get(id);
      if (count !== undefined && isFirstOf(commitment.countryIds, i)) counts.set(id, count + 1);
    });
  }
  return dataset.countries.map((country) => ({ countryId: country.id, count: counts.get(country.id) ?? 0 }));
}

/**
 * The map's colour-scale top: the largest count over every record, so the legend does not jump as
 * filters change. China, in every statement, is drawn as the hub: the scale speaks about its partners.
 */
export const countryScaleMax = perDataset((dataset) =>
  Math.max(1, ...toCountryCounts(dataset, EVERY_RECORD).filter((c) => c.countryId !== FOCAL_COUNTRY).map((c) => c.count)),
);
