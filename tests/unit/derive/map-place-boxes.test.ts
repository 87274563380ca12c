import { geoAlbersUsa } from 'd3-geo';
import { expect, test } from 'vitest';
import { fitMapProjection } from '../../../src/derive/fit-map-projection';
import { mapPlaceBoxes, PLACE_NAME_SIZE } from '../../../src/derive/map-place-boxes';
import { measureText } from '../../../src/derive/measure-text';
import { loadEmbeddedDataset, loadMapFeatures } from '../../fixtures/map-features';

const dataset = loadEmbeddedDataset();
const { projection } = fitMapProjection(loadMapFeatures(), new Set(dataset.countries.map((c) => c.isoNumeric)), dataset.places, 485, 242);

test('gives each place a box from its dot’s left edge to the end of its bold name, as tall as the name', () => {
  const boxes = mapPlaceBoxes(dataset.places, projection, 'en');
  expect(boxes).toHaveLength(dataset.places.length);
  for (const [i, place] of dataset.places.entries()) {
    const [x, y] = projection(place.coordinates)!;
    const box = boxes[i]!;
    // The dot (radius 4) at the point, the name from 7 px to its right, its baseline 4 px below.
    expect(box.x - box.width / 2, place.id).toBeCloseTo(x - 4, 6);
    expect(box.x + box.width / 2, place.id).toBeCloseTo(x + 7 + measureText(place.name.en, PLACE_NAME_SIZE, 700), 6);
    expect(box.y - box.height / 2, place.id).toBeCloseTo(y - 9, 6);
    expect(box.y + box.height / 2, place.id).toBeCloseTo(y + 7, 6);
  }
});

test('measures the name in the language shown', () => {
  const aktobe = dataset.places.filter((p) => p.id === 'aktobe');
  const [en] = mapPlaceBoxes(aktobe, projection, 'en');
  const [fr] = mapPlaceBoxes(aktobe, projection, 'fr');
  expect(fr!.width).toBeGreaterThan(en!.width);
  expect(fr!.x - fr!.width / 2).toBeCloseTo(en!.x - en!.width / 2, 6);
});

test('gives no box to a place the projection cannot draw', () => {
  expect(mapPlaceBoxes(dataset.places, geoAlbersUsa(), 'en')).toEqual([]);
});
