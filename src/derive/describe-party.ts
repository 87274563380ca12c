import type { Party } from '../data/schema';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';

const AND: Record<Language, string> = { en: 'and', fr: 'et' };

/** Who made a commitment, in words: "China", "Both sides", "China and Kazakhstan". */
export function describeParty(party: Party, countryNames: ReadonlyMap<string, string>, language: Language): string {
  if (party.group !== 'named') return MESSAGES[language].parties[party.group];
  return joinNames(party.countryIds.map((id) => countryNames.get(id) ?? id), language);
}

/** "A", "A and B", "A, B and C" in the user's language. */
export function joinNames(names: readonly string[], language: Language): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${AND[language]} ${names.at(-1) ?? ''}`;
}
