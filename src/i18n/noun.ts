import type { StatementType } from '../data/schema';

/** What a count counts: one statement type, or statements of several types. */
export type Noun = StatementType | 'statement';

/** The noun for the statement types shown: "undertakings" when only those, "statements" for a mix. */
export function nounFor(types: readonly StatementType[]): Noun {
  return types.length === 1 && types[0] !== undefined ? types[0] : 'statement';
}
