import { expect, test } from 'vitest';
import { toPartnerLinks } from '../../../src/derive/to-partner-links';
import { NO_FILTERS } from '../../../src/filters/filter-state';
import { makeCommitment, makeDataset } from '../../fixtures/make-dataset';

// The fixture: one undertaking of China and Kazakhstan, one position of China and Kyrgyzstan.
const withRegional = () => makeDataset({
  commitments: [
    ...makeDataset().commitments,
    makeCommitment({ id: 'regional', countryIds: ['CHN', 'KAZ', 'KGZ'], makerIds: ['CHN', 'KAZ', 'KGZ'], domainIds: ['trade'] }),
  ],
});

test('draws nothing without a selection', () => {
  expect(toPartnerLinks(makeDataset(), NO_FILTERS)).toEqual([]);
});

test('gives the selected country the countries it shares a counted statement with, and how many', () => {
  expect(toPartnerLinks(makeDataset(), { ...NO_FILTERS, countries: ['KAZ'] })).toEqual([{ countryId: 'KAZ', partners: [{ countryId: 'CHN', count: 1 }] }]);
});

test('counts only the statement types the map counts (undertakings by default)', () => {
  expect(toPartnerLinks(makeDataset(), { ...NO_FILTERS, countries: ['KGZ'] })).toEqual([{ countryId: 'KGZ', partners: [] }]);
});

test('counts statements of every chosen type', () => {
  const filters = { ...NO_FILTERS, countries: ['KGZ'], types: ['undertaking', 'position'] as const };
  expect(toPartnerLinks(makeDataset(), filters)[0]?.partners).toEqual([{ countryId: 'CHN', count: 1 }]);
});

test('counts a statement of three countries for each pair among them', () => {
  expect(toPartnerLinks(withRegional(), { ...NO_FILTERS, countries: ['KAZ'] })[0]?.partners).toEqual([
    { countryId: 'CHN', count: 2 },
    { countryId: 'KGZ', count: 1 },
  ]);
});

test('follows the domain filter', () => {
  expect(toPartnerLinks(withRegional(), { ...NO_FILTERS, countries: ['KAZ'], domains: ['energy'] })[0]?.partners).toEqual([{ countryId: 'CHN', count: 1 }]);
});

test('follows the time filter', () => {
  expect(toPartnerLinks(makeDataset(), { ...NO_FILTERS, countries: ['KAZ'], timeRange: { start: '2030-01-01', end: '2030-12-31' } })[0]?.partners).toEqual([]);
});

test('follows the strength filter', () => {
  expect(toPartnerLinks(makeDataset(), { ...NO_FILTERS, countries: ['KAZ'], strengths: ['firm'] })[0]?.partners).toEqual([]);
});

test('leaves out statements of several partners when only specific ones are asked for', () => {
  expect(toPartnerLinks(withRegional(), { ...NO_FILTERS, countries: ['KAZ'], specificOnly: true })[0]?.partners).toEqual([{ countryId: 'CHN', count: 1 }]);
});

test('gives each selected country its own partners: selecting one does not narrow the other', () => {
  expect(toPartnerLinks(withRegional(), { ...NO_FILTERS, countries: ['KGZ', 'KAZ'] })).toEqual([
    { countryId: 'KGZ', partners: [{ countryId: 'CHN', count: 1 }, { countryId: 'KAZ', count: 1 }] },
    { countryId: 'KAZ', partners: [{ countryId: 'CHN', count: 2 }, { countryId: 'KGZ', count: 1 }] },
  ]);
});

test('counts a country listed twice in a statement once', () => {
  const dataset = makeDataset({ commitments: [makeCommitment({ countryIds: ['CHN', 'KAZ', 'KAZ'] })] });
  expect(toPartnerLinks(dataset, { ...NO_FILTERS, countries: ['KAZ'] })[0]?.partners).toEqual([{ countryId: 'CHN', count: 1 }]);
});

test('ignores a selected id that is not one of the dataset countries', () => {
  expect(toPartnerLinks(makeDataset(), { ...NO_FILTERS, countries: ['XXX'] })).toEqual([]);
});
