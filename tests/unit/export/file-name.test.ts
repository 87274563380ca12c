import { expect, test } from 'vitest';
import { exportFileName } from '../../../src/export/file-name';
import { NO_FILTERS } from '../../../src/filters/filter-state';
import { makeDataset } from '../../fixtures/make-dataset';

const dataset = makeDataset();

test('names the view, the selected country and the source date', () => {
  expect(exportFileName('heatmap', 'png', { ...NO_FILTERS, countries: ['KAZ'] }, dataset)).toBe('domain-heatmap_kazakhstan_2024-03-01.png');
});

test('names every filter, in dataset order, without accents or spaces', () => {
  const filters = { ...NO_FILTERS, countries: ['KGZ', 'KAZ'], domains: ['trade', 'energy'], timeRange: { start: '2023-01-01', end: '2023-12-31' } };
  expect(exportFileName('timeline', 'svg', filters, dataset)).toBe('pledge-timeline_kazakhstan-kyrgyzstan_energy-trade_2023-01-01-to-2023-12-31_2024-03-01.svg');
});

test('says when a CSV holds the full dataset', () => {
  expect(exportFileName('list', 'csv', { ...NO_FILTERS, countries: ['KAZ'] }, dataset, 'all')).toBe('statements_full-dataset_2024-03-01.csv');
});

test('with no filter, names only the view and the date', () => {
  expect(exportFileName('dashboard', 'png', NO_FILTERS, dataset)).toBe('dashboard_2024-03-01.png');
});

test('names the list for what it holds: undertakings by default, the statement type, or statements of several', () => {
  expect(exportFileName('list', 'png', NO_FILTERS, dataset)).toBe('undertakings_2024-03-01.png');
  expect(exportFileName('list', 'png', { ...NO_FILTERS, types: ['call'] }, dataset)).toBe('calls_2024-03-01.png');
  expect(exportFileName('list', 'png', { ...NO_FILTERS, types: ['call', 'undertaking'] }, dataset)).toBe('statements_2024-03-01.png');
});

test('dates the file by the latest source, in whatever order the sources come', () => {
  const [source] = dataset.sources;
  // The latest is neither the first nor the last.
  const three = { ...dataset, sources: [source!, { ...source!, id: 'later', date: '2025-06-17' }, { ...source!, id: 'earlier', date: '2023-01-01' }] };
  expect(exportFileName('map', 'png', NO_FILTERS, three)).toBe('country-map_2025-06-17.png');
});

test('names three domains in full, and from four on the first three and how many more', () => {
  const domains = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ ...dataset.domains[0]!, id }));
  const many = { ...dataset, domains };
  expect(exportFileName('heatmap', 'png', { ...NO_FILTERS, domains: ['a', 'b', 'c'] }, many)).toBe('domain-heatmap_a-b-c_2024-03-01.png');
  expect(exportFileName('heatmap', 'png', { ...NO_FILTERS, domains: ['a', 'b', 'c', 'd'] }, many)).toBe('domain-heatmap_a-b-c-and-1-more_2024-03-01.png');
  expect(exportFileName('heatmap', 'png', { ...NO_FILTERS, domains: ['e', 'd', 'c', 'b', 'a'] }, many)).toBe('domain-heatmap_a-b-c-and-2-more_2024-03-01.png');
});

test('writes country names in plain lower-case words joined by single hyphens', () => {
  const country = dataset.countries[0]!;
  const odd = {
    ...dataset,
    countries: [
      { ...country, id: 'KOR', name: { en: 'Korea (Republic of)', fr: 'Corée' } },
      { ...country, id: 'TUR', name: { en: 'Türkiye', fr: 'Turquie' } },
    ],
  };
  expect(exportFileName('map', 'png', { ...NO_FILTERS, countries: ['KOR'] }, odd)).toBe('country-map_korea-republic-of_2024-03-01.png');
  expect(exportFileName('map', 'png', { ...NO_FILTERS, countries: ['TUR'] }, odd)).toBe('country-map_turkiye_2024-03-01.png');
  expect(exportFileName('map', 'png', { ...NO_FILTERS, countries: ['TUR', 'KOR'] }, odd)).toBe('country-map_korea-republic-of-turkiye_2024-03-01.png');
});

test('a dataset without sources gives a file name without a date', () => {
  expect(exportFileName('dashboard', 'png', NO_FILTERS, { ...dataset, sources: [] })).toBe('dashboard.png');
});
