import { useMemo } from 'react';
import { geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { useMapContext } from 'react-simple-maps/core';
import type { MapFeatures } from '../../data/map-query';

/** A feature with what react-simple-maps' <Geography> draws it from. */
export type ProjectedFeature = Feature & { rsmKey: string; svgPath: string | null };

/**
 * The features as react-simple-maps geographies, their SVG paths drawn with the map's projection.
 * (Its own <Geographies> re-serialises an object geography on every render; the borders are
 * large, so they are projected here once per projection instead.) Coordinates are written to a
 * tenth of a pixel, not d3's thousandth: no eye sees the difference, and the page, its exports
 * and the HTML the build draws are a quarter lighter.
 */
export function useProjectedFeatures(features: MapFeatures): ProjectedFeature[] {
  const { projection } = useMapContext();
  return useMemo(() => {
    const path = geoPath(projection).digits(1);
    return features.features.map((f, i) => ({ ...f, rsmKey: `geo-${String(f.id ?? i)}`, svgPath: path(f) }));
  }, [features, projection]);
}
