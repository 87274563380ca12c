import { expect, test } from 'vitest';
import { describePartnerLines } from '../../../src/derive/describe-partner-lines';

const names = new Map([['KAZ', 'Kazakhstan'], ['UZB', 'Ouzbékistan'], ['CHN', 'China']]);
const shares = (countryId: string) => ({ countryId, partners: [{ countryId: 'CHN', count: 3 }] });

test('says in words what the lines of one selected country count', () => {
  expect(describePartnerLines([shares('KAZ')], names, 'undertaking', 'en')).toBe('Lines: undertakings Kazakhstan shares with each country (number on the line).');
});

test('says it in French too, with the noun of the types shown', () => {
  expect(describePartnerLines([shares('KAZ')], names, 'statement', 'fr')).toBe('Lignes — Kazakhstan : déclarations en commun avec chaque pays (nombre sur la ligne).');
});

test('names every selected country', () => {
  expect(describePartnerLines([shares('KAZ'), shares('UZB')], names, 'undertaking', 'en')).toBe(
    'Lines: undertakings each of Kazakhstan and Ouzbékistan shares with each other country (number on the line).',
  );
});

test('says why there are no lines when the selection shares nothing under the filters', () => {
  expect(describePartnerLines([{ countryId: 'KAZ', partners: [] }], names, 'call', 'en')).toBe('No lines: 0 calls shared with another country under these filters.');
});

test('describes the lines while any selected country shares something', () => {
  expect(describePartnerLines([{ countryId: 'UZB', partners: [] }, shares('KAZ')], names, 'undertaking', 'en')).toBe(
    'Lines: undertakings each of Ouzbékistan and Kazakhstan shares with each other country (number on the line).',
  );
});
