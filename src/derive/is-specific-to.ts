import type { Commitment } from '../data/schema';
import { FOCAL_COUNTRY } from './focal-country';

/**
 * Whether a commitment concerns this country alone among the partners: for China, whether it
 * concerns one partner at most (a bilateral or unilateral commitment).
 */
export function isSpecificTo(commitment: Commitment, countryId: string): boolean {
  return commitment.countryIds.includes(countryId) && hasOnePartnerAtMost(commitment);
}

/** Whether a commitment concerns one partner at most besides China: it is then specific to each of its countries. */
export function hasOnePartnerAtMost(commitment: Commitment): boolean {
  return new Set(commitment.countryIds.filter((id) => id !== FOCAL_COUNTRY)).size <= 1;
}
