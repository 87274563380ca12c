import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { STATEMENT_TYPES, STRENGTHS, type Commitment } from '../../../src/data/schema';
import { filterCommitments } from '../../../src/derive/filter-commitments';
import { toCountryCounts } from '../../../src/derive/to-country-counts';
import { isSpecificTo } from '../../../src/derive/is-specific-to';
import { toHeatmap } from '../../../src/derive/to-heatmap';
import { toTimeline } from '../../../src/derive/to-timeline';
import { NO_FILTERS, type Filters } from '../../../src/filters/filter-state';
import { makeCommitment, makeDataset, statedOn } from '../../fixtures/make-dataset';

const COUNTRIES = ['CHN', 'KAZ', 'KGZ'];
const DOMAINS = ['energy', 'trade', 'culture'];
const DATES = ['2022-06-01', '2023-04-26', '2024-03-01'];

const commitmentArb = (i: number) =>
  fc.record({
    countryIds: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1 }),
    domainIds: fc.uniqueArray(fc.constantFrom(...DOMAINS), { minLength: 1 }),
    stated: fc.constantFrom(...DATES).map(statedOn),
    coding: fc.constantFrom(['undertaking', 'undertaking'], ['undertaking', 'advance'], ['call', 'call'], ['position', 'position']),
    eventIds: fc.subarray(['meeting-day', 'last-year']),
  }).map(({ coding: [statementType, strength], ...fields }): Commitment => makeCommitment({ id: `c-${i}`, statementType, strength, ...fields }));

const datasetArb = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => commitmentArb(i))))
  .map((commitments) => makeDataset({ commitments }));

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  countries: fc.subarray(COUNTRIES),
  domains: fc.subarray(DOMAINS),
  types: fc.subarray([...STATEMENT_TYPES], { minLength: 1 }),
  strengths: fc.subarray([...STRENGTHS]),
  specificOnly: fc.constant(false),
  sources: fc.subarray(['fixture-source', 'elsewhere']),
  latestOnly: fc.boolean(),
  timeRange: fc.option(
    fc.tuple(fc.constantFrom(...DATES, '2023-01-01'), fc.constantFrom(...DATES, '2023-12-31')).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
    { nil: null },
  ),
});

describe('properties of the derivations', () => {
  test('filtering never invents records, and keeps their order', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, filters) => {
        const kept = filterCommitments(dataset, filters);
        const ids = dataset.commitments.map((c) => c.id);
        expect(kept.every((c) => dataset.commitments.includes(c))).toBe(true);
        expect(kept.map((c) => ids.indexOf(c.id))).toEqual([...kept.map((c) => ids.indexOf(c.id))].sort((a, b) => a - b));
      }),
    );
  });

  test('the result does not depend on the order in which things were selected', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, filters) => {
        const reversed = { ...filters, countries: [...filters.countries].reverse(), domains: [...filters.domains].reverse() };
        expect(filterCommitments(dataset, reversed)).toEqual(filterCommitments(dataset, filters));
      }),
    );
  });

  test("a country's heatmap cell, its map count and its list length agree under the same filters", () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, fc.constantFrom(...COUNTRIES), fc.constantFrom(...DOMAINS), (dataset, filters, country, domain) => {
        const narrowed: Filters = { ...filters, countries: [country], domains: [domain] };
        const list = filterCommitments(dataset, narrowed);
        const mapCount = toCountryCounts(dataset, narrowed).find((c) => c.countryId === country)?.count;
        const cell = toHeatmap(dataset, narrowed).groups.flatMap((g) => g.rows).find((r) => r.domain.id === domain)?.counts[0];
        expect(mapCount).toBe(list.length);
        expect(cell).toBe(list.length);
      }),
    );
  });

  test('adding a filter never shows more', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, fc.constantFrom(...COUNTRIES), (dataset, filters, extraDomainSource) => {
        const before = filterCommitments(dataset, { ...filters, domains: [] }).length;
        const after = filterCommitments(dataset, { ...filters, domains: [DOMAINS[COUNTRIES.indexOf(extraDomainSource)] ?? 'energy'] }).length;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  test('with "specific only", every cell counts the commitments specific to its country, and the scale tops the unfiltered matrix', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, filters) => {
        const heatmap = toHeatmap(dataset, { ...filters, specificOnly: true });
        const shown = filterCommitments(dataset, { ...filters, domains: [] });
        const cell = (commitments: Commitment[], country: string, domain: string) =>
          commitments.filter((c) => isSpecificTo(c, country) && c.domainIds.includes(domain)).length;
        for (const row of heatmap.groups.flatMap((g) => g.rows)) {
          expect(row.counts).toEqual(heatmap.columns.map((country) => cell(shown, country, row.domain.id)));
        }
        const unfiltered = COUNTRIES.flatMap((country) => DOMAINS.map((domain) => cell(dataset.commitments, country, domain)));
        expect(heatmap.scaleMax).toBe(Math.max(1, ...unfiltered));
      }),
    );
  });

  test('each timeline lane holds every shown commitment of its kind once, on the day it was stated', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, filters) => {
        const shown = filterCommitments(dataset, { ...filters, timeRange: null });
        for (const lane of toTimeline(dataset, filters, 'country').lanes) {
          const marks = lane.stacks.flatMap((s) => s.marks.map((m) => `${m.commitment.id}@${s.date}`));
          const expected = shown.filter((c) => c.countryIds.includes(lane.id)).map((c) => `${c.id}@${c.stated.start}`);
          expect([...marks].sort()).toEqual([...expected].sort());
        }
      }),
    );
  });
});

test('a country named twice in one commitment counts once, on the map, in the heatmap and on the timeline', () => {
  const dataset = makeDataset({ commitments: [makeCommitment({ id: 'twice', countryIds: ['KAZ', 'KAZ'], domainIds: ['energy', 'energy'] })] });
  expect(toCountryCounts(dataset, NO_FILTERS).find((c) => c.countryId === 'KAZ')?.count).toBe(1);
  const energy = toHeatmap(dataset, { ...NO_FILTERS, countries: ['KAZ'] }).groups.flatMap((g) => g.rows).find((r) => r.domain.id === 'energy');
  expect(energy?.counts).toEqual([1]);
  const kazLane = toTimeline(dataset, NO_FILTERS, 'country').lanes.find((l) => l.id === 'KAZ');
  expect(kazLane?.stacks.flatMap((s) => s.marks)).toHaveLength(1);
});
