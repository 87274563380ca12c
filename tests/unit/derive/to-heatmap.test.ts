import { describe, expect, test } from 'vitest';
import { toHeatmap } from '../../../src/derive/to-heatmap';
import { NO_FILTERS } from '../../../src/filters/filter-state';
import { makeCommitment, makeDataset } from '../../fixtures/make-dataset';

const dataset = makeDataset({
  commitments: [
    makeCommitment({ id: 'bilateral', countryIds: ['CHN', 'KAZ'], domainIds: ['energy'] }),
    makeCommitment({ id: 'collective', countryIds: ['CHN', 'KAZ', 'KGZ'], domainIds: ['energy', 'culture'] }),
  ],
});
const row = (heatmap: ReturnType<typeof toHeatmap>, domainId: string) =>
  heatmap.groups.flatMap((g) => g.rows).find((r) => r.domain.id === domainId)?.counts;

describe('toHeatmap', () => {
  test('has a column per country and rows grouped as the taxonomy groups them', () => {
    const heatmap = toHeatmap(dataset, NO_FILTERS);
    expect(heatmap.columns).toEqual(['CHN', 'KAZ', 'KGZ']);
    expect(heatmap.groups.map((g) => [g.group.id, g.rows.map((r) => r.domain.id)])).toEqual([['economy', ['energy', 'trade']], ['people', ['culture']]]);
  });

  test('counts a collective commitment for each country it concerns', () => {
    expect(row(toHeatmap(dataset, NO_FILTERS), 'energy')).toEqual([2, 2, 1]);
  });

  test('with "specific only", counts only what concerns the country alone besides China', () => {
    expect(row(toHeatmap(dataset, { ...NO_FILTERS, specificOnly: true }), 'energy')).toEqual([1, 1, 0]);
  });

  test('narrows to the selected countries\' columns', () => {
    const heatmap = toHeatmap(dataset, { ...NO_FILTERS, countries: ['KGZ'] });
    expect(heatmap.columns).toEqual(['KGZ']);
    expect(row(heatmap, 'culture')).toEqual([1]);
  });

  test('keeps every domain row under a domain filter, so another can be picked', () => {
    const heatmap = toHeatmap(dataset, { ...NO_FILTERS, domains: ['culture'] });
    expect(row(heatmap, 'energy')).toEqual([2, 2, 1]);
  });

  test('gives each group a row of distinct statements per country, for when it is collapsed', () => {
    const economy = toHeatmap(dataset, NO_FILTERS).groups.find((g) => g.group.id === 'economy');
    expect(economy?.counts).toEqual([2, 2, 1]);
  });

  test('keeps the colour scale of the unfiltered data', () => {
    expect(toHeatmap(dataset, { ...NO_FILTERS, countries: ['KGZ'] }).scaleMax).toBe(2);
  });
});

test('keeps a colour scale of its own for "specific only", the top of what it counts', () => {
  // A dataset of its own: the scale is worked out once per dataset.
  const fresh = { ...dataset };
  expect(toHeatmap(fresh, NO_FILTERS).scaleMax).toBe(2);
  expect(toHeatmap(fresh, { ...NO_FILTERS, specificOnly: true }).scaleMax).toBe(1);
});
