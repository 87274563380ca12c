import { geoCentroid, geoPath } from 'd3-geo';
import { expect, test } from 'vitest';
import { fitMapProjection } from '../../../src/derive/fit-map-projection';
import { loadEmbeddedDataset, loadMapFeatures } from '../../fixtures/map-features';

const features = loadMapFeatures();
const dataset = loadEmbeddedDataset();
const ids = new Set(dataset.countries.map((c) => c.isoNumeric));
const CHINA = '156';

/** The part of the map the frame is fitted to: the Central Asian countries and the places named. */
function region() {
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...features.features.filter((f) => ids.has(String(f.id)) && String(f.id) !== CHINA),
      ...dataset.places.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: p.coordinates } })),
    ],
  };
}

test('fills a wide frame’s width with the region, margins kept, room left on the right for Xi’an’s name', () => {
  const [width, height] = [485, 242];
  const { projection } = fitMapProjection(features, ids, dataset.places, width, height);
  const [[left, top], [right, bottom]] = geoPath(projection).bounds(region());
  expect(left).toBeCloseTo(16, 6);
  expect(right).toBeCloseTo(width - 64, 6);
  // Centred between the top and bottom margins, with room to spare.
  expect((top + bottom) / 2).toBeCloseTo(height / 2, 6);
  expect(top).toBeGreaterThan(16);
  // Xi’an, the easternmost place, is what reaches the right margin.
  expect(projection(dataset.places.find((p) => p.id === 'xian')!.coordinates)![0]).toBeCloseTo(width - 64, 6);
});

test('fills a flat frame’s height with the region, centred across its width', () => {
  const [width, height] = [900, 300];
  const { projection } = fitMapProjection(features, ids, dataset.places, width, height);
  const [[left, top], [right, bottom]] = geoPath(projection).bounds(region());
  expect(top).toBeCloseTo(16, 6);
  expect(bottom).toBeCloseTo(height - 16, 6);
  expect((left + right) / 2).toBeCloseTo((16 + width - 64) / 2, 6);
});

test('leaves China’s east out of the fitting, so Central Asia is not dwarfed', () => {
  const { projection } = fitMapProjection(features, ids, dataset.places, 485, 242);
  const china = features.features.find((f) => String(f.id) === CHINA)!;
  const chinaRight = geoPath(projection).bounds(china)[1][0];
  expect(chinaRight).toBeGreaterThan(485);
});

test('keeps north up along 75°E, through the middle of the region', () => {
  const { projection } = fitMapProjection(features, ids, dataset.places, 485, 242);
  const [south, north] = [projection([75, 38])!, projection([75, 48])!];
  expect(north[0]).toBeCloseTo(south[0], 6);
  expect(north[1]).toBeLessThan(south[1]);
});

test('keeps the scale alike on 35°N and 50°N, the parallels bracketing Central Asia, and finer between them', () => {
  const { projection } = fitMapProjection(features, ids, dataset.places, 485, 242);
  // Pixels per degree of longitude, over the length of a degree there.
  const scaleAt = (lat: number) => {
    const [[x0, y0], [x1, y1]] = [projection([74.5, lat])!, projection([75.5, lat])!];
    return Math.hypot(x1 - x0, y1 - y0) / Math.cos((lat * Math.PI) / 180);
  };
  expect(scaleAt(50) / scaleAt(35)).toBeCloseTo(1, 3);
  expect(scaleAt(42)).toBeLessThan(scaleAt(35));
});

test('gives a label point, inside the frame, to each of the dataset’s countries and to no neighbour', () => {
  const [width, height] = [485, 242];
  const { labelPoints } = fitMapProjection(features, ids, dataset.places, width, height);
  expect([...labelPoints.keys()].sort()).toEqual([...ids].sort());
  for (const [id, [x, y]] of labelPoints) {
    expect(x, id).toBeGreaterThan(0);
    expect(x, id).toBeLessThan(width);
    expect(y, id).toBeGreaterThan(0);
    expect(y, id).toBeLessThan(height);
  }
});

test('writes a Central Asian country’s count at its centre, and China’s in its west (96°E, 37°N)', () => {
  const { projection, labelPoints } = fitMapProjection(features, ids, dataset.places, 485, 242);
  const kazakhstan = features.features.find((f) => String(f.id) === '398')!;
  const [lon, lat] = projection.invert!(labelPoints.get('398')!)!;
  expect(lon).toBeCloseTo(geoCentroid(kazakhstan)[0], 6);
  expect(lat).toBeCloseTo(geoCentroid(kazakhstan)[1], 6);
  const [chinaLon, chinaLat] = projection.invert!(labelPoints.get(CHINA)!)!;
  expect(chinaLon).toBeCloseTo(96, 6);
  expect(chinaLat).toBeCloseTo(37, 6);
});
