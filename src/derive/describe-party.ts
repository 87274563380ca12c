import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { FOCAL_COUNTRY } from './focal-country';

const AND: Record<Language, string> = { en: 'and', fr: 'et' };

/**
 * A set of countries in words: "China", "The five Central Asian countries" (all the dataset's
 * partners), "All six countries", else their names: "China and Kazakhstan". `countryNames` lists
 * every country of the dataset, in its order.
 */
export function describeParty(countryIds: readonly string[], countryNames: ReadonlyMap<string, string>, language: Language): string {
  const t = MESSAGES[language];
  const ids = new Set(countryIds);
  const all = [...countryNames.keys()];
  const partners = all.filter((id) => id !== FOCAL_COUNTRY);
  const isAll = (set: readonly string[]) => set.length > 2 && ids.size === set.length && set.every((id) => ids.has(id));
  if (isAll(all)) return t.parties.all(all.length);
  if (isAll(partners)) return t.parties.partners(partners.length);
  return joinNames(all.filter((id) => ids.has(id)).map((id) => countryNames.get(id) ?? id), language);
}

/** "A", "A and B", "A, B and C" in the user's language. */
export function joinNames(names: readonly string[], language: Language): string {
  const others = names.slice(0, -1);
  const last = names.at(-1) ?? '';
  return others.length === 0 ? last : `${others.join(', ')} ${AND[language]} ${last}`;
}
