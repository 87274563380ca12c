import type { MapFeatures } from '../data/map-query';
import type { MapCountry } from './to-map-countries';

/**
 * The dataset's countries the map has no borders for (its file covers Central Asia and its
 * neighbours): they cannot be drawn, so they are named beside it, with their counts.
 */
export function countriesOffMap(countries: readonly MapCountry[], features: MapFeatures): MapCountry[] {
  const drawn = new Set(features.features.map((f) => String(f.id)));
  return countries.filter((c) => !drawn.has(c.isoNumeric));
}
