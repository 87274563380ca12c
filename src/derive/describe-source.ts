import type { Dataset, Source } from '../data/schema';
import { formatDay } from '../i18n/format-date-range';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { readoutLabel } from './readout-label';

/**
 * A source as exports and CSV name it, fully: its title, then the meeting it reports and its day,
 * its language, whether it is complete or an excerpt, when and where it was published as far as
 * known. "Readout … (Summit no. 2, Astana · 17 Jun 2025; English; excerpt; publication date not recorded)".
 * `brief` leaves out what is not recorded, for an image's footer.
 */
export function describeSource(source: Source, dataset: Dataset, language: Language, brief = false): string {
  return `${source.title[language]} (${sourceFacts(source, dataset, language, brief)})`;
}

/** What is known of a source, without its title: "Summit no. 2, Astana · 17 Jun 2025; English; excerpt; …". */
export function sourceFacts(source: Source, dataset: Dataset, language: Language, brief = false): string {
  const t = MESSAGES[language];
  // A title that gives the year (most do) is not followed by the day again.
  const facts = [
    readoutLabel(source, dataset, language, !source.title[language].includes(source.date.slice(0, 4))),
    t.languageNames[source.language] ?? source.language,
    t.extents[source.extent],
    source.published === null ? (brief ? null : t.publishedUnknown) : t.publishedOn(formatDay(source.published, language)),
    source.address ?? (brief ? null : t.addressUnknown),
  ].filter((fact) => fact !== null);
  return facts.join('; ');
}
