import type { Dataset } from '../data/schema';
import type { Language } from '../i18n/language';
import { FOCAL_COUNTRY } from './focal-country';

/**
 * How the source characterises the relationship between China and a country, label by label.
 * For China itself: how the relationship with Central Asia as a whole is characterised.
 */
export function relationshipLabels(dataset: Dataset, countryId: string, language: Language): string[] {
  const pairs = dataset.relationships.filter((r) =>
    countryId === FOCAL_COUNTRY
      ? r.countryIds.length > 2
      : r.countryIds.includes(countryId) && r.countryIds.includes(FOCAL_COUNTRY) && r.countryIds.length === 2,
  );
  return pairs.map((r) => r.label[language]);
}
