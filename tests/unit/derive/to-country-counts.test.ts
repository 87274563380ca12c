import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { countryScaleMax, toCountryCounts } from '../../../src/derive/to-country-counts';
import { EVERY_RECORD as NO_FILTERS } from '../../../src/filters/filter-state';
import { makeDataset } from '../../fixtures/make-dataset';

test('counts what concerns each country', () => {
  expect(toCountryCounts(makeDataset(), NO_FILTERS)).toEqual([
    { countryId: 'CHN', count: 2 },
    { countryId: 'KAZ', count: 1 },
    { countryId: 'KGZ', count: 1 },
  ]);
});

test('ignores the country selection itself, so the other countries keep their counts', () => {
  expect(toCountryCounts(makeDataset(), { ...NO_FILTERS, countries: ['KAZ'] }).map((c) => c.count)).toEqual([2, 1, 1]);
});

test('follows the domain filter', () => {
  expect(toCountryCounts(makeDataset(), { ...NO_FILTERS, domains: ['culture'] }).map((c) => c.count)).toEqual([1, 0, 1]);
});

test('counts a country listed twice in one statement once', () => {
  const dataset = makeDataset();
  const twice = { ...dataset, commitments: [{ ...dataset.commitments[0]!, countryIds: ['CHN', 'KAZ', 'KAZ'] }] };
  expect(toCountryCounts(twice, NO_FILTERS).map((c) => c.count)).toEqual([1, 1, 0]);
});

test('the map\'s colour scale tops at the largest count of a partner, China being the hub', () => {
  const embedded = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
  // China is in all 46 statements; Tajikistan, Turkmenistan and Uzbekistan in 28 each.
  expect(countryScaleMax(embedded)).toBe(28);
  expect(countryScaleMax(makeDataset({ commitments: [] }))).toBe(1);
});
