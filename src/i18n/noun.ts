import type { StatementType } from '../data/schema';

/** What a count counts: one statement type, or statements of several types. */
export type Noun = StatementType | 'statement';

/** The noun for the statement types shown: "undertakings" when only those, "statements" for a mix. */
export function nounFor(types: readonly StatementType[]): Noun {
  return types.length === 1 && types[0] !== undefined ? types[0] : 'statement';
}

/** A noun's singular and plural, for each thing a count can count. */
export type NounForms = Readonly<Record<Noun, readonly [string, string]>>;

/** The text with its first letter in upper case, for a plural used as a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
