import { expect, test } from 'vitest';
import type { MapFeatures } from '../../../src/data/map-query';
import { toCountryCounts } from '../../../src/derive/to-country-counts';
import { toMapCountries } from '../../../src/derive/to-map-countries';
import { toPartnerLinks } from '../../../src/derive/to-partner-links';
import { buildMapScene } from '../../../src/export/build-map-scene';
import type { SceneItem } from '../../../src/export/scene';
import { NO_FILTERS, type Filters } from '../../../src/filters/filter-state';
import { makeDataset } from '../../fixtures/make-dataset';

/** A box of longitudes and latitudes, its ring clockwise as d3-geo wants an outer ring. */
const box = (id: string, [west, south, east, north]: [number, number, number, number]) => ({
  type: 'Feature' as const,
  id,
  properties: { name: id },
  geometry: { type: 'Polygon' as const, coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
});
const features = {
  type: 'FeatureCollection',
  features: [box('398', [55, 42, 80, 52]), box('417', [70, 39, 78, 42]), box('156', [78, 30, 104, 45])],
} as unknown as MapFeatures;

const scene = (filters: Filters) => {
  const dataset = makeDataset();
  return buildMapScene({
    features,
    countries: toMapCountries(dataset, toCountryCounts(dataset, filters), 'en'),
    scaleMax: 2,
    noun: 'undertaking',
    selected: filters.countries,
    partners: toPartnerLinks(dataset, filters),
    places: dataset.places,
    language: 'en',
  });
};
const flat = (items: readonly SceneItem[]): SceneItem[] => items.flatMap((item) => (item.kind === 'group' ? flat(item.items) : [item]));
// A partner line's number sits in a pill: the only rounded boxes of the map itself (the first group; the legend follows).
const pills = (items: readonly SceneItem[]) => flat(items.slice(0, 1)).filter((item) => item.kind === 'rect' && item.radius !== undefined);
const texts = (items: readonly SceneItem[]) => flat(items).flatMap((item) => (item.kind === 'text' ? [item.text] : []));

test('draws a line with its number for each partner of the selected country, and says what they count', () => {
  const { items } = scene({ ...NO_FILTERS, countries: ['KAZ'] });
  expect(pills(items)).toHaveLength(1);
  expect(texts(items)).toContain('Lines: undertakings Kazakhstan shares with each country (number on the line).');
});

test('draws no line and no caption for them without a selection', () => {
  const { items } = scene(NO_FILTERS);
  expect(pills(items)).toHaveLength(0);
  expect(texts(items).some((text) => text.startsWith('Lines:'))).toBe(false);
});

test('grows by the caption line only when there are lines to explain', () => {
  expect(scene({ ...NO_FILTERS, countries: ['KAZ'] }).height - scene(NO_FILTERS).height).toBe(16);
});
