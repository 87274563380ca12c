import type { Source } from '../data/schema';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';

/** Sources named in full; more are summed up. */
export const MAX_SOURCE_TITLES = 2;

/**
 * The dataset's sources for the page header: their titles when there are one or two, otherwise
 * the first title, how many more there are, and the years they span.
 */
export function describeSources(sources: readonly Source[], language: Language): string {
  const titles = sources.map((s) => s.title[language]);
  if (sources.length <= MAX_SOURCE_TITLES) return titles.join(' · ');
  const years = sources.map((s) => s.date.slice(0, 4)).sort();
  return MESSAGES[language].moreSources(titles[0] ?? '', sources.length - 1, years[0] ?? '', years.at(-1) ?? '');
}
