import type { Dataset, Strength, TimeRange } from '../data/schema';
import { wordsOf, type Passage } from './passage';

/**
 * What the coding form offers from the words of a passage, never decides: the countries it names
 * (by the spellings the registry records), the words that may set its strength, and a date.
 */

/** The registry's countries that the passage names, in registry order. */
export function suggestCountries(quote: string, dataset: Dataset): string[] {
  const folded = fold(quote);
  return dataset.countries.filter((c) => [...c.sourceSpellings, c.name.en, c.name.fr].some((spelling) => folded.includes(fold(spelling)))).map((c) => c.id);
}

/** Words of the passage that mark a strength, as the scale's rules name them (public/data/README.md). */
const MARKERS: [Strength, RegExp][] = [
  ['firm', /^(fermement|résolument|firmly|resolutely)$/iu],
  ['call', /^(doivent|devons|devez|doit|should|must)$/iu],
  ['advance', /^(promouvront|promouvra|accéléreront|accélérera|étudieront|promote|advance)$/iu],
  ['position', /^(soutient|soutiennent|rejettent|supports?|opposes?)$/iu],
  ['view', /^(convaincus|convinced|estiment|believe)$/iu],
  ['undertaking', /^[\p{L}’'-]{3,}(?:ront|rons|ra)$/iu],
];

/** Cue words the passage offers, each with the strength it suggests, in the passage's order. */
export function suggestCues(text: string, passage: { start: number; end: number }): { word: Passage; strength: Strength }[] {
  return wordsOf(text, passage).flatMap((word) => {
    const found = MARKERS.find(([, pattern]) => pattern.test(word.quote));
    return found ? [{ word, strength: found[0] }] : [];
  });
}

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const DAY_FR = /\b(?:le |on )?(\d{1,2})(?:er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/giu;

/**
 * A date for the statement: a day the passage spells out, or the source's year where it says
 * "cette année" / "this year", or else the first day the text gives. Offered with the words
 * that give it and where they stand; null where the text gives none.
 */
export function suggestStated(text: string, passage: { start: number; end: number }, source: { id: string; date: string }): TimeRange | null {
  const thisYear = /cette année|this year/iu.exec(text.slice(passage.start, passage.end));
  const inPassage = [...text.slice(passage.start, passage.end).matchAll(DAY_FR)].map((m) => ({ m, at: passage.start + m.index }));
  // A day in the passage, else its "this year", else the first day the text gives (the readout's own).
  const [found] = inPassage.length > 0 || thisYear ? inPassage : [...text.matchAll(DAY_FR)].map((m) => ({ m, at: m.index }));
  if (found) {
    const [wording, day, month, year] = found.m;
    const iso = `${year}-${String(MONTHS[(month ?? '').toLowerCase()] ?? 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { start: iso, end: iso, precision: 'day', wording, wordingAt: { sourceId: source.id, text: wording, start: found.at, end: found.at + wording.length }, resolution: { en: 'The day the text gives.', fr: 'Le jour que donne le texte.' } };
  }
  if (thisYear) {
    const year = source.date.slice(0, 4);
    return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year', wording: thisYear[0], resolution: { en: 'The year of the source.', fr: 'L’année de la source.' } };
  }
  return null;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
