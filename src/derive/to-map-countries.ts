import type { Dataset } from '../data/schema';
import type { Language } from '../i18n/language';
import { relationshipLabels } from './relationship-labels';
import type { CountryCount } from './to-country-counts';

export interface MapCountry {
  id: string;
  isoNumeric: string;
  name: string;
  count: number;
  /** Comparing two readouts: the earlier one's count; `count` is the later one's. */
  before?: number;
  /** How the source characterises the relationship with China. */
  relationships: string[];
}

/** What the map shows for each of the dataset's countries. */
export function toMapCountries(dataset: Dataset, counts: readonly CountryCount[], language: Language): MapCountry[] {
  const byId = new Map(counts.map((c) => [c.countryId, c]));
  return dataset.countries.map((country) => {
    const counted = byId.get(country.id);
    return {
      id: country.id,
      isoNumeric: country.isoNumeric,
      name: country.name[language],
      count: counted?.count ?? 0,
      ...(counted?.before === undefined ? {} : { before: counted.before }),
      relationships: relationshipLabels(dataset, country.id, language),
    };
  });
}
