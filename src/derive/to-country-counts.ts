import type { Dataset } from '../data/schema';
import type { Filters } from '../filters/filter-state';
import { filterCommitments } from './filter-commitments';

export interface CountryCount {
  countryId: string;
  /** Commitments that concern the country under the domain and time filters. */
  count: number;
}

/**
 * How many commitments concern each country under every filter but the country selection, so
 * that selecting one country does not blank the others on the map.
 */
export function toCountryCounts(dataset: Dataset, filters: Filters): CountryCount[] {
  const matching = filterCommitments(dataset, { ...filters, countries: [] });
  return dataset.countries.map((country) => ({
    countryId: country.id,
    count: matching.filter((c) => c.countryIds.includes(country.id)).length,
  }));
}
