import type { Commitment, Dataset } from '../data/schema';
import type { Filters } from '../filters/filter-state';
import { extentOf } from './commitment-extent';
import { rangesOverlap } from './ranges-overlap';

/**
 * The commitments that match every active filter. Within one filter, any selected value
 * matches: two selected countries show what concerns either of them.
 */
export function filterCommitments(dataset: Dataset, filters: Filters): Commitment[] {
  const countries = new Set(filters.countries);
  const domains = new Set(filters.domains);
  const extent = extentOf(dataset);
  const range = filters.timeRange;
  return dataset.commitments.filter(
    (c) =>
      (countries.size === 0 || c.countryIds.some((id) => countries.has(id))) &&
      (domains.size === 0 || c.domainIds.some((id) => domains.has(id))) &&
      (range === null || rangesOverlap(extent(c), range)),
  );
}
