import { describe, expect, test } from 'vitest';
import { describeFilters } from '../../../src/derive/describe-filters';
import { NO_FILTERS, type Filters } from '../../../src/filters/filter-state';
import { makeDataset } from '../../fixtures/make-dataset';

const dataset = makeDataset();
const words = (filters: Partial<Filters>, language: 'en' | 'fr' = 'en') =>
  describeFilters({ ...NO_FILTERS, ...filters }, dataset, language);

describe('describeFilters', () => {
  test('says that everything is shown when no filter is active', () => {
    expect(words({})).toBe('All countries, domains and dates');
  });

  test('names countries, domains and years, separated by dots', () => {
    expect(words({ countries: ['KAZ'], domains: ['trade', 'energy'], timeRange: { start: '2022-01-01', end: '2023-12-31' } })).toBe(
      'Kazakhstan · Energy, Trade · 2022–2023',
    );
  });

  test('names only the active filters', () => {
    expect(words({ domains: ['culture'] })).toBe('Culture');
  });

  test('does not depend on the order in which countries were clicked', () => {
    expect(words({ countries: ['KGZ', 'CHN'] })).toBe(words({ countries: ['CHN', 'KGZ'] }));
  });

  test('speaks French when asked', () => {
    expect(words({ countries: ['KGZ'], domains: ['energy'] }, 'fr')).toBe('Kirghizistan · Énergie');
  });

  test('writes a range that is not whole years as days', () => {
    expect(words({ timeRange: { start: '2023-04-26', end: '2023-12-31' } })).toBe('26 Apr 2023 – 31 Dec 2023');
  });

  test('shortens a long list of names', () => {
    expect(words({ domains: ['energy', 'trade', 'culture', 'energy'] })).toBe('Energy, Trade, Culture');
    const many = makeDataset({
      countries: ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map((id) => ({ ...makeDataset().countries[0]!, id, name: { en: id, fr: id } })),
    });
    expect(describeFilters({ ...NO_FILTERS, countries: ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'] }, many, 'en')).toBe('AAA, BBB, CCC +2 more');
  });
});
