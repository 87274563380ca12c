import { expect, test } from 'vitest';
import { NO_FILTERS, type Filters } from '../../../src/filters/filter-state';
import { hasActiveFilters } from '../../../src/filters/has-active-filters';

const active = (filters: Partial<Filters>) => hasActiveFilters({ ...NO_FILTERS, ...filters });

test('nothing to reset with the defaults: undertakings of every country, domain, date, strength and readout', () => {
  expect(active({})).toBe(false);
  expect(active({ types: ['undertaking'] })).toBe(false);
});

test('each filter on its own is something to reset', () => {
  expect(active({ countries: ['KAZ'] })).toBe(true);
  expect(active({ domains: ['energy'] })).toBe(true);
  expect(active({ timeRange: { start: '2023-01-01', end: '2023-12-31' } })).toBe(true);
  expect(active({ types: ['call'] })).toBe(true);
  expect(active({ types: ['undertaking', 'call'] })).toBe(true);
  expect(active({ strengths: ['firm'] })).toBe(true);
  expect(active({ specificOnly: true })).toBe(true);
  expect(active({ sources: ['fm-2023-readout'] })).toBe(true);
  expect(active({ latestOnly: true })).toBe(true);
});
