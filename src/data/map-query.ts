import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DatasetError } from './dataset-error';
import { shouldRetry } from './dataset-query';
import { fetchText } from './fetch-text';

export interface MapFeatureProperties {
  name?: string;
  /** One of the dashboard's own countries, rather than a neighbour drawn for context. */
  focus?: boolean;
}

export type MapFeatures = FeatureCollection<Geometry, MapFeatureProperties>;

/** The region's borders, subset from world-atlas at build time (`npm run map`). */
export const MAP_URL = `${import.meta.env.BASE_URL}map/central-asia-50m.topo.json`;
const FILE = 'central-asia-50m.topo.json';

async function fetchMap(signal: AbortSignal): Promise<MapFeatures> {
  let body: unknown;
  const text = await fetchText(MAP_URL, FILE, signal);
  try {
    body = JSON.parse(text);
  } catch {
    throw new DatasetError('parse', FILE, ['not valid JSON']);
  }
  if (!isCountryTopology(body)) {
    throw new DatasetError('schema', FILE, ['objects › countries: expected a TopoJSON GeometryCollection']);
  }
  return feature(body, body.objects.countries);
}

function isCountryTopology(value: unknown): value is Topology<{ countries: GeometryCollection }> {
  if (typeof value !== 'object' || value === null) return false;
  const { type, objects } = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return type === 'Topology' && objects?.countries?.type === 'GeometryCollection';
}

export const mapQueryOptions = queryOptions({
  queryKey: ['map', MAP_URL],
  queryFn: ({ signal }) => fetchMap(signal),
  staleTime: Infinity,
  retry: shouldRetry,
});

export function useMapFeatures() {
  return useQuery(mapQueryOptions);
}
