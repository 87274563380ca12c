import type { Commitment, Dataset } from '../data/schema';
import type { Filters } from '../filters/filter-state';
import { extentOf } from './commitment-extent';
import { hasOnePartnerAtMost } from './is-specific-to';
import { rangesOverlap } from './ranges-overlap';

/**
 * The records that match every active filter: of a shown statement type and strength, specific to
 * one country if asked, each pledge once if asked (its latest statement shown), from the chosen readouts (a statement's is that of its first quote), and of the chosen countries, domains and dates. Within one filter, any selected value matches: two selected
 * countries show what concerns either of them. A record with no date leaves any time range out.
 */
export function filterCommitments(dataset: Dataset, filters: Filters): Commitment[] {
  const countries = new Set(filters.countries);
  const domains = new Set(filters.domains);
  const types = new Set(filters.types);
  const strengths = new Set(filters.strengths);
  const extent = extentOf(dataset);
  const range = filters.timeRange;
  const sources = new Set(filters.sources);
  const shown = dataset.commitments.filter((c) => {
    if (sources.size > 0 && !sources.has(c.evidence[0]?.sourceId ?? '')) return false;
    if (!types.has(c.statementType)) return false;
    if (strengths.size > 0 && !strengths.has(c.strength)) return false;
    if (filters.specificOnly && !hasOnePartnerAtMost(c)) return false;
    if (countries.size > 0 && !c.countryIds.some((id) => countries.has(id))) return false;
    if (domains.size > 0 && !c.domainIds.some((id) => domains.has(id))) return false;
    if (range === null) return true;
    const span = extent(c);
    return span !== null && rangesOverlap(span, range);
  });
  if (!filters.latestOnly) return shown;
  // Each pledge once: what a statement shown repeats, advances or supersedes is counted in it.
  const carriedOn = new Set(shown.flatMap((c) => (c.links ?? []).map((link) => link.commitmentId)));
  return shown.filter((c) => !carriedOn.has(c.id));
}
