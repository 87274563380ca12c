import type { GeoProjection } from 'd3-geo';
import type { Place } from '../data/schema';
import type { Language } from '../i18n/language';
import { measureText } from './measure-text';
import type { Obstacle } from './place-map-labels';

/** Font size of a place's name on the map, on screen and in exports. */
export const PLACE_NAME_SIZE = 12;

/** The boxes the places' dots and names take on the map: countries' labels keep clear of them. */
export function mapPlaceBoxes(places: readonly Place[], projection: GeoProjection, language: Language): Obstacle[] {
  return places.flatMap((place) => {
    const point = projection(place.coordinates);
    if (!point) return [];
    const width = measureText(place.name[language], PLACE_NAME_SIZE, 700) + 11;
    return [{ x: point[0] - 4 + width / 2, y: point[1] - 1, width, height: 16 }];
  });
}
