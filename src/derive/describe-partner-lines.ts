import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { Noun } from '../i18n/noun';
import type { CountryPartners } from './to-partner-links';

/**
 * What the partner lines mean, in words, for the caption under the map and under its export:
 * the number on a line is only read right when the reader knows what it counts.
 */
export function describePartnerLines(partners: readonly CountryPartners[], countryNames: ReadonlyMap<string, string>, noun: Noun, language: Language): string {
  const t = MESSAGES[language];
  if (partners.every((p) => p.partners.length === 0)) return t.noPartnerLines(noun);
  return t.partnerLines(partners.map((p) => countryNames.get(p.countryId) ?? p.countryId), noun);
}
