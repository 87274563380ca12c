import type { Commitment } from '../data/schema';
import { FOCAL_COUNTRY } from './focal-country';

/**
 * Whether a commitment concerns this country alone among the partners: for China, whether it
 * concerns one partner at most (a bilateral or unilateral commitment).
 */
export function isSpecificTo(commitment: Commitment, countryId: string): boolean {
  if (!commitment.countryIds.includes(countryId)) return false;
  const partners = new Set(commitment.countryIds.filter((id) => id !== FOCAL_COUNTRY));
  return partners.size <= 1;
}
