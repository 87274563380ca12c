import type { Dataset } from '../data/schema';
import type { Filters } from '../filters/filter-state';
import { filterCommitments } from './filter-commitments';

export interface Partner {
  countryId: string;
  /** Counted statements that concern both countries. */
  count: number;
}

export interface CountryPartners {
  /** A selected country. */
  countryId: string;
  /** The other countries it shares at least one counted statement with, in the dataset's order. */
  partners: Partner[];
}

/**
 * For each selected country, with whom it shares statements and how many: a statement counts for
 * a pair when both are among its countries. Counted under every filter but the country selection,
 * as the map's own counts are, so a line's number and the countries' numbers speak of the same records.
 */
export function toPartnerLinks(dataset: Dataset, filters: Filters): CountryPartners[] {
  const known = new Set(dataset.countries.map((c) => c.id));
  const selected = [...new Set(filters.countries)].filter((id) => known.has(id));
  const counted = filterCommitments(dataset, { ...filters, countries: [] }).map((c) => new Set(c.countryIds));
  return selected.map((countryId) => ({
    countryId,
    partners: dataset.countries
      .filter((other) => other.id !== countryId)
      .map((other) => ({ countryId: other.id, count: counted.filter((ids) => ids.has(countryId) && ids.has(other.id)).length }))
      .filter((partner) => partner.count > 0),
  }));
}
