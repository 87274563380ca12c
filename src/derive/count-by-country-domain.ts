import type { Commitment } from '../data/schema';

export interface CountryDomainCell {
  countryId: string;
  domainId: string;
  /** Commitments that concern this country in this domain. */
  count: number;
}

/**
 * Commitments per country × domain, every combination included (zeros too). A commitment that
 * concerns several countries, or sits in several domains, counts once in each of its cells.
 */
export function countByCountryDomain(
  commitments: readonly Commitment[],
  countryIds: readonly string[],
  domainIds: readonly string[],
): CountryDomainCell[] {
  const counts = new Map<string, number>();
  for (const commitment of commitments) {
    for (const countryId of new Set(commitment.countryIds)) {
      for (const domainId of new Set(commitment.domainIds)) {
        const key = `${countryId}\u0000${domainId}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return countryIds.flatMap((countryId) =>
    domainIds.map((domainId) => ({ countryId, domainId, count: counts.get(`${countryId}\u0000${domainId}`) ?? 0 })),
  );
}
