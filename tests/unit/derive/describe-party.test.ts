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

test('names two countries by name, even when they are all the dataset has', () => {
  expect(describeParty(['CHN', 'KAZ'], new Map([['CHN', 'China'], ['KAZ', 'Kazakhstan']]), 'en')).toBe('China and Kazakhstan');
});

test('five countries with China are not "the five Central Asian countries"', () => {
  expect(describeParty(['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM'], six, 'en')).toBe('China, Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan');
});

test('the five partners with a country the dataset does not list are named one by one', () => {
  expect(describeParty(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'RUS'], six, 'en')).toBe('Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan');
});

test('joins one name as itself, and none as nothing', () => {
  expect(joinNames(['Kazakhstan'], 'en')).toBe('Kazakhstan');
  expect(joinNames([], 'fr')).toBe('');
});
