import { expect, test } from 'vitest';
import { toCountryCounts } from '../../../src/derive/to-country-counts';
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
