import { expect, test } from 'vitest';
import { countriesOffMap } from '../../../src/derive/countries-off-map';
import type { MapCountry } from '../../../src/derive/to-map-countries';
import { loadMapFeatures } from '../../fixtures/map-features';

const features = loadMapFeatures();
const country = (id: string, isoNumeric: string, count = 1): MapCountry => ({ id, isoNumeric, name: id, count, relationships: [] });

test('names no country off the map when the map has borders for all of them', () => {
  expect(countriesOffMap([country('CHN', '156'), country('KAZ', '398'), country('TKM', '795')], features)).toEqual([]);
});

test('names the countries the map has no borders for, in order, with their counts', () => {
  const offMap = countriesOffMap([country('FRA', '250', 2), country('KAZ', '398'), country('BRA', '076', 5)], features);
  expect(offMap.map((c) => [c.id, c.count])).toEqual([['FRA', 2], ['BRA', 5]]);
});
