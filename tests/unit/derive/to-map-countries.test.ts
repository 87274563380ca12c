import { expect, test } from 'vitest';
import { toMapCountries } from '../../../src/derive/to-map-countries';
import { makeDataset } from '../../fixtures/make-dataset';

test('shows each of the dataset’s countries with its name, count and relationships, in the language asked', () => {
  const counts = [
    { countryId: 'CHN', count: 2 },
    { countryId: 'KAZ', count: 1 },
    { countryId: 'KGZ', count: 1 },
  ];
  const [china, kazakhstan, kyrgyzstan] = toMapCountries(makeDataset(), counts, 'fr');
  expect(china).toStrictEqual({ id: 'CHN', isoNumeric: '156', name: 'Chine', count: 2, relationships: [] });
  expect(kazakhstan).toStrictEqual({ id: 'KAZ', isoNumeric: '398', name: 'Kazakhstan', count: 1, relationships: ['Partenaires'] });
  expect(kyrgyzstan?.name).toBe('Kirghizistan');
});

test('shows a country nothing was counted for with 0', () => {
  const countries = toMapCountries(makeDataset(), [{ countryId: 'KAZ', count: 3 }], 'en');
  expect(countries.map((c) => [c.id, c.count])).toEqual([['CHN', 0], ['KAZ', 3], ['KGZ', 0]]);
  expect(countries.every((c) => !('before' in c))).toBe(true);
});

test('gives the earlier readout’s count only when comparing two readouts, even when it is 0', () => {
  const countries = toMapCountries(makeDataset(), [{ countryId: 'KAZ', count: 3, before: 0 }, { countryId: 'KGZ', count: 1, before: 2 }], 'en');
  expect(countries.map((c) => ('before' in c ? c.before : 'none'))).toEqual(['none', 0, 2]);
});
