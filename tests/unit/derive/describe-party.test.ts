import { expect, test } from 'vitest';
import { describeParty, joinNames } from '../../../src/derive/describe-party';

const names = new Map([['CHN', 'China'], ['KAZ', 'Kazakhstan'], ['UZB', 'Uzbekistan']]);

test('names a group by what it is', () => {
  expect(describeParty({ group: 'central-asia', countryIds: ['KAZ', 'UZB'] }, names, 'en')).toBe('The five Central Asian countries');
  expect(describeParty({ group: 'both-sides', countryIds: ['CHN', 'KAZ'] }, names, 'fr')).toBe('Les deux parties');
});

test('names a named pair or trio country by country', () => {
  expect(describeParty({ group: 'named', countryIds: ['CHN', 'KAZ', 'UZB'] }, names, 'en')).toBe('China, Kazakhstan and Uzbekistan');
  expect(joinNames(['Chine', 'Kazakhstan'], 'fr')).toBe('Chine et Kazakhstan');
});
