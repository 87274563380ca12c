import { describe, expect, test } from 'vitest';
import { filterCommitments } from '../../../src/derive/filter-commitments';
import { NO_FILTERS, type Filters } from '../../../src/filters/filter-state';
import { makeDataset } from '../../fixtures/make-dataset';

const idsFor = (filters: Partial<Filters>) => filterCommitments(makeDataset(), { ...NO_FILTERS, ...filters }).map((c) => c.id);

describe('filterCommitments', () => {
  test('keeps everything when no filter is active', () => {
    expect(idsFor({})).toEqual(['energy-trade', 'culture-support']);
  });

  test('keeps the commitments that concern a selected country', () => {
    expect(idsFor({ countries: ['KGZ'] })).toEqual(['culture-support']);
  });

  test('keeps what concerns any of several selected countries', () => {
    expect(idsFor({ countries: ['KAZ', 'KGZ'] })).toEqual(['energy-trade', 'culture-support']);
  });

  test('keeps the commitments in a selected domain', () => {
    expect(idsFor({ domains: ['trade'] })).toEqual(['energy-trade']);
  });

  test('combines filters: a country and a domain that never meet give nothing', () => {
    expect(idsFor({ countries: ['KAZ'], domains: ['culture'] })).toEqual([]);
  });

  test('keeps a commitment whose referenced event falls in the time range', () => {
    expect(idsFor({ timeRange: { start: '2023-06-01', end: '2023-06-30' } })).toEqual(['culture-support']);
  });

  test('keeps a commitment made on the first or last day of the range', () => {
    expect(idsFor({ timeRange: { start: '2024-03-01', end: '2024-03-01' } })).toEqual(['energy-trade', 'culture-support']);
  });

  test('drops everything outside the time range', () => {
    expect(idsFor({ timeRange: { start: '1990-01-01', end: '1999-12-31' } })).toEqual([]);
  });
});
