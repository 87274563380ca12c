import { describe, expect, test } from 'vitest';
import { filterCommitments } from '../../../src/derive/filter-commitments';
import { EVERY_RECORD as NO_FILTERS, NO_FILTERS as DEFAULTS, type Filters } from '../../../src/filters/filter-state';
import { fixtureDay, makeCommitment, makeDataset } from '../../fixtures/make-dataset';

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

describe('filterCommitments by statement type and strength', () => {
  const dataset = makeDataset();
  const ids = (filters: Partial<Filters>) => filterCommitments(dataset, { ...DEFAULTS, ...filters }).map((c) => c.id);

  test('shows undertakings alone by default, so a count of commitments counts undertakings', () => {
    expect(ids({})).toEqual(['energy-trade']);
  });

  test('adds a statement type when the user ticks it', () => {
    expect(ids({ types: ['undertaking', 'position'] })).toEqual(['energy-trade', 'culture-support']);
    expect(ids({ types: ['position'] })).toEqual(['culture-support']);
  });

  test('keeps only the strengths ticked, any strength when none is', () => {
    const all = { types: ['undertaking', 'position'] as const };
    expect(ids({ ...all, strengths: ['position'] })).toEqual(['culture-support']);
    expect(ids({ ...all, strengths: ['firm'] })).toEqual([]);
    expect(ids({ ...all, strengths: [] })).toEqual(['energy-trade', 'culture-support']);
  });

  test('leaves a record with no known date out of any time range, and in without one', () => {
    const undated = makeDataset({ commitments: [makeCommitment({ stated: { ...fixtureDay(), start: null, end: null, precision: 'unknown' } })] });
    expect(filterCommitments(undated, { ...DEFAULTS, timeRange: { start: '1900-01-01', end: '2100-12-31' } })).toEqual([]);
    expect(filterCommitments(undated, DEFAULTS)).toHaveLength(1);
  });
});

test('the "specific" filter keeps what concerns one partner at most besides China', () => {
  const dataset = makeDataset({ commitments: [makeCommitment({ id: 'pair' }), makeCommitment({ id: 'trio', countryIds: ['CHN', 'KAZ', 'KGZ'] })] });
  expect(filterCommitments(dataset, { ...DEFAULTS, specificOnly: true }).map((c) => c.id)).toEqual(['pair']);
  expect(filterCommitments(dataset, DEFAULTS).map((c) => c.id)).toEqual(['pair', 'trio']);
});
