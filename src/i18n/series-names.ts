import type { Series } from '../data/schema';
import type { Language } from './language';

/** What each series of meetings is called, in each interface language. */
export const SERIES_NAMES: Record<Language, Record<Series, string>> = {
  en: { 'foreign-ministers': "Foreign ministers' meeting", summit: 'Summit', bilateral: 'Bilateral talks', other: 'Meeting' },
  fr: { 'foreign-ministers': 'Réunion des ministres des Affaires étrangères', summit: 'Sommet', bilateral: 'Entretiens bilatéraux', other: 'Réunion' },
};
