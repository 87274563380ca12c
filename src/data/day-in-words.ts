import { monthNumber } from '../i18n/month-names';

const WRITTEN_DAY = /(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-zéû]+)\s+(\d{4})/giu;
const MONTH_FIRST = /([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/giu;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

const iso = (year: string, month: number, day: string) => `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;

/**
 * The days that some words spell out in full ("Le 26 avril 2023", "April 26, 2023", "2023-04-26"),
 * as ISO dates. Relative words ("last year", "cette année") spell out no day.
 */
export function daysInWords(words: string): string[] {
  const days: string[] = [];
  for (const [day, month, year] of groupsOf(words, WRITTEN_DAY)) {
    const m = monthNumber(month);
    if (m) days.push(iso(year, m, day));
  }
  for (const [month, day, year] of groupsOf(words, MONTH_FIRST)) {
    const m = monthNumber(month);
    if (m) days.push(iso(year, m, day));
  }
  for (const [year, month, day] of groupsOf(words, ISO_DAY)) days.push(iso(year, Number(month), day));
  return days;
}

/** The three groups of each match of a pattern above: none of them is optional, so each holds text. */
function groupsOf(words: string, pattern: RegExp): [string, string, string][] {
  return [...words.matchAll(pattern)].map((match) => match.slice(1, 4) as [string, string, string]);
}
