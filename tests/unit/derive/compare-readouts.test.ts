import { describe, expect, test } from 'vitest';
import { comparedPair, compareCountryCounts, compareHeatmaps, filtersFor } from '../../../src/derive/compare-readouts';
import { toCountryCounts } from '../../../src/derive/to-country-counts';
import { toHeatmap } from '../../../src/derive/to-heatmap';
import { buildCsv } from '../../../src/export/build-csv';
import { NO_FILTERS } from '../../../src/filters/filter-state';
import { loadCorpus } from '../../fixtures/load-corpus';

const { dataset } = loadCorpus();
const chosen = { ...NO_FILTERS, sources: ['fm-2024-readout', 'fm-2023-readout'] };

describe('two readouts compared', () => {
  test('are the two chosen, earlier first, whatever order they were ticked in; only when asked', () => {
    const pair = comparedPair(dataset, chosen.sources, true);
    expect([pair?.before.id, pair?.after.id]).toEqual(['fm-2023-readout', 'fm-2024-readout']);
    expect(comparedPair(dataset, chosen.sources, false)).toBeNull();
    expect(comparedPair(dataset, ['fm-2023-readout'], true)).toBeNull();
    expect(comparedPair(dataset, ['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout'], true)).toBeNull();
  });

  test('give each country the later readout\'s count, the earlier one\'s beside it', () => {
    const pair = comparedPair(dataset, chosen.sources, true)!;
    const counts = compareCountryCounts(toCountryCounts(dataset, filtersFor(chosen, pair.before)), toCountryCounts(dataset, filtersFor(chosen, pair.after)));
    expect(counts.find((c) => c.countryId === 'KAZ')).toEqual({ countryId: 'KAZ', count: 3, before: 1 });
    expect(counts.find((c) => c.countryId === 'KGZ')).toEqual({ countryId: 'KGZ', count: 4, before: 2 });
  });

  test('give each heatmap cell and folded group the later count, the earlier one beside it', () => {
    const pair = comparedPair(dataset, chosen.sources, true)!;
    const heatmap = compareHeatmaps(toHeatmap(dataset, filtersFor(chosen, pair.before)), toHeatmap(dataset, filtersFor(chosen, pair.after)));
    const kaz = heatmap.columns.indexOf('KAZ');
    const row = (domain: string) => heatmap.groups.flatMap((g) => g.rows).find((r) => r.domain.id === domain)!;
    expect([row('trade').before?.[kaz], row('trade').counts[kaz]]).toEqual([1, 1]);
    expect([row('customs').before?.[kaz], row('customs').counts[kaz]]).toEqual([0, 1]);
    const connectivity = heatmap.groups.find((g) => g.group.id === 'connectivity')!;
    expect(connectivity.before?.length).toBe(heatmap.columns.length);
  });

  test('are exported as CSV the way they are shown: each count of the earlier readout, then of the later', () => {
    const context = { dataset, filters: chosen, lanes: 'kind' as const, compare: true, language: 'en' as const, features: undefined, exportDate: '2026-11-30' };
    const map = buildCsv('map', context, 'selection').split('\r\n');
    expect(map[0]).toBe('\uFEFFCountry,"Undertakings (Foreign ministers\' meeting no. 4, Xi\'an · 27 Apr 2023)","Undertakings (Foreign ministers\' meeting no. 5, Chengdu · 5 Dec 2024)",Selected,Relationship');
    expect(map.find((line) => line.startsWith('Kazakhstan,'))).toBe('Kazakhstan,1,3,no,');
    const heatmap = buildCsv('heatmap', context, 'selection').split('\r\n');
    expect(heatmap[0]).toContain('Group,Domain,"China (Foreign ministers\' meeting no. 4, Xi\'an · 27 Apr 2023)","China (Foreign ministers\' meeting no. 5, Chengdu · 5 Dec 2024)","Kazakhstan (');
    expect(heatmap.find((line) => line.includes(',Customs,'))).toBe('Economy and development,Customs,0,1,0,1,0,1,0,1,0,1,0,1');
    // Without comparing, one count per country: the two readouts together.
    expect(buildCsv('map', { ...context, compare: false }, 'selection').split('\r\n').find((line) => line.startsWith('Kazakhstan,'))).toBe('Kazakhstan,4,no,');
  });
});

describe('the pair compared', () => {
  test('is the two chosen, not the dataset\'s first two', () => {
    const pair = comparedPair(dataset, ['summit-2025-readout', 'fm-2024-readout'], true);
    expect([pair?.before.id, pair?.after.id]).toEqual(['fm-2024-readout', 'summit-2025-readout']);
  });

  test('is ordered by date even where the dataset lists the later readout first', () => {
    const reversed = { ...dataset, sources: [...dataset.sources].reverse() };
    const pair = comparedPair(reversed, ['fm-2023-readout', 'summit-2025-readout'], true);
    expect([pair?.before.id, pair?.after.id]).toEqual(['fm-2023-readout', 'summit-2025-readout']);
  });

  test('is none when one of the two chosen is not a readout of the dataset', () => {
    expect(comparedPair(dataset, ['fm-2023-readout', 'fm-2030-readout'], true)).toBeNull();
    expect(comparedPair(dataset, ['fm-2030-readout', 'fm-2023-readout'], true)).toBeNull();
  });
});
