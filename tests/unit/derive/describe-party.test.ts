import { expect, test } from 'vitest';
import { describeParty, joinNames } from '../../../src/derive/describe-party';

const six = new Map([['CHN', 'China'], ['KAZ', 'Kazakhstan'], ['KGZ', 'Kyrgyzstan'], ['TJK', 'Tajikistan'], ['TKM', 'Turkmenistan'], ['UZB', 'Uzbekistan']]);

test('names all the partners, or all the countries, as a group', () => {
  expect(describeParty(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'], six, 'en')).toBe('The five Central Asian countries');
  expect(describeParty(['UZB', 'CHN', 'KAZ', 'KGZ', 'TJK', 'TKM'], six, 'fr')).toBe('Les six pays');
});

test('names any other set country by country, in dataset order', () => {
  expect(describeParty(['UZB', 'CHN', 'KAZ'], six, 'en')).toBe('China, Kazakhstan and Uzbekistan');
  expect(describeParty(['KGZ', 'TJK', 'TKM', 'UZB'], six, 'en')).toBe('Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan');
  expect(joinNames(['Chine', 'Kazakhstan'], 'fr')).toBe('Chine et Kazakhstan');
});
