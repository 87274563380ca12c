import type { DateRange } from '../filters/filter-state';
import type { Language } from './language';
import { MESSAGES } from './messages';

// Built once per language: making a formatter costs far more than using one.
const DAY_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

// Days already written: large datasets label thousands of marks with a few thousand days.
const WRITTEN: Record<Language, Map<string, string>> = { en: new Map(), fr: new Map() };

/** A day as the user's language writes it: "26 Apr 2023", "26 avr. 2023". */
export function formatDay(isoDate: string, language: Language): string {
  const written = WRITTEN[language];
  let text = written.get(isoDate);
  if (text === undefined) {
    text = DAY_FORMATS[language].format(new Date(`${isoDate}T00:00:00Z`));
    if (written.size >= 20_000) written.clear();
    written.set(isoDate, text);
  }
  return text;
}

/** A range in the fewest words: "2023", "2022–2023", or "26 Apr 2023 – 31 Dec 2023". */
export function formatDateRange(range: DateRange, language: Language): string {
  const startYear = range.start.slice(0, 4);
  const endYear = range.end.slice(0, 4);
  if (range.start.endsWith('-01-01') && range.end.endsWith('-12-31')) {
    return startYear === endYear ? startYear : `${startYear}–${endYear}`;
  }
  if (range.start === range.end) return formatDay(range.start, language);
  return `${formatDay(range.start, language)} – ${formatDay(range.end, language)}`;
}

/** A source's date in words, saying so where the text leaves a bound or the whole date open. */
export function formatWhen(when: { start: string | null; end: string | null }, language: Language): string {
  const t = MESSAGES[language];
  if (when.start !== null && when.end !== null) return formatDateRange({ start: when.start, end: when.end }, language);
  if (when.end !== null) return t.before(formatDay(when.end, language));
  if (when.start !== null) return t.after(formatDay(when.start, language));
  return t.dateNotGiven;
}
