import { geoCentroid, geoConicConformal, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

/** China, whose whole territory would dwarf the region if the frame had to hold it. */
const FOCAL_NUMERIC = '156';
/** Where China's count is written: in its west, inside the frame. */
const CHINA_LABEL: [number, number] = [96, 37];

export interface FittedMap {
  projection: GeoProjection;
  /** Where each country's count is written, by ISO numeric id, in frame coordinates. */
  labelPoints: Map<string, [number, number]>;
}

/**
 * A conic projection framing the Central Asian countries and the places the source names
 * (Xi'an lies in China's west); China's east is cut off, which is what a map of this region
 * needs. Extra room on the right keeps the label of Xi'an, the easternmost place, inside.
 */
export function fitMapProjection(
  features: FeatureCollection,
  countryIds: ReadonlySet<string>,
  places: readonly { coordinates: [number, number] }[],
  width: number,
  height: number,
): FittedMap {
  const partners = features.features.filter((f) => countryIds.has(String(f.id)) && String(f.id) !== FOCAL_NUMERIC);
  const frame = {
    type: 'FeatureCollection' as const,
    features: [...partners, ...places.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: p.coordinates } }))],
  };
  const projection = geoConicConformal().parallels([35, 50]).rotate([-75, 0]).fitExtent([[16, 16], [width - 64, height - 16]], frame);
  const labelPoints = new Map(
    features.features.filter((f) => countryIds.has(String(f.id))).map((f) => [String(f.id), labelPoint(f, projection)] as const),
  );
  return { projection, labelPoints };
}

function labelPoint(feature: Feature, projection: GeoProjection): [number, number] {
  const point = String(feature.id) === FOCAL_NUMERIC ? CHINA_LABEL : geoCentroid(feature);
  return projection(point) ?? [0, 0];
}
