import { describe, expect, test } from 'vitest';
import { buildCaption, buildExport } from '../../../src/export/build-export';
import type { ExportContext } from '../../../src/export/export-context';
import type { SceneItem } from '../../../src/export/scene';
import { NO_FILTERS } from '../../../src/filters/filter-state';
import { makeCommitment, makeDataset } from '../../fixtures/make-dataset';

const context = (overrides: Partial<ExportContext> = {}): ExportContext => ({
  dataset: makeDataset(),
  filters: { ...NO_FILTERS, countries: ['KAZ'] },
  lanes: 'kind',
  language: 'en',
  features: undefined,
  exportDate: '2026-11-28',
  ...overrides,
});

const texts = (items: readonly SceneItem[]): string[] =>
  items.flatMap((item) => (item.kind === 'text' ? [item.text] : item.kind === 'group' ? texts(item.items) : []));

describe('buildCaption', () => {
  test('says what the image shows: title, filters in words and the count', () => {
    const caption = buildCaption('heatmap', context());
    expect(caption.title).toBe('Cooperation domains by country');
    expect(caption.filters).toBe('Kazakhstan — 1 undertaking');
  });

  test('names the source, the dashboard and the export date, in French when asked', () => {
    const caption = buildCaption('timeline', context({ language: 'fr' }));
    expect(caption.source).toBe('Source : Compte rendu de test (1 mars 2024)');
    expect(caption.footer).toBe('Tableau de bord de la coopération Chine–Asie centrale · exporté le 28 nov. 2026');
  });
});

describe('buildExport', () => {
  test('frames the heatmap with its header, legend, counts and footer', () => {
    const built = buildExport({ view: 'heatmap', format: 'png', scale: 2, scope: 'selection' }, context());
    if (built.kind !== 'image') throw new Error('expected an image');
    const words = texts(built.scene.items);
    expect(words).toEqual(expect.arrayContaining(['Cooperation domains by country', 'Kazakhstan — 1 undertaking', 'Undertakings per cell', 'Energy', 'Trade']));
    expect(words.at(-2)).toBe('Source: Fixture readout (1 Mar 2024)');
    expect(words.at(-1)).toBe('China–Central Asia cooperation dashboard · exported 28 Nov 2026');
    expect(built.fileName).toBe('domain-heatmap_kazakhstan_2024-03-01.png');
  });

  test('draws the timeline with a legend that says what marks and bands mean', () => {
    const built = buildExport({ view: 'timeline', format: 'svg', scale: 1, scope: 'selection' }, context());
    if (built.kind !== 'image') throw new Error('expected an image');
    expect(texts(built.scene.items)).toEqual(expect.arrayContaining(['2023', '2024', 'Undertaking (on the day the readout reports it)', 'Approximate period']));
  });

  test('lists the filtered commitments in the list export', () => {
    const built = buildExport({ view: 'list', format: 'png', scale: 1, scope: 'selection' }, context());
    if (built.kind !== 'image') throw new Error('expected an image');
    expect(texts(built.scene.items)).toContain('Strengthen energy and trade cooperation');
    expect(texts(built.scene.items)).not.toContain('Support for Kyrgyzstan in culture');
  });

  test('a long list image stops at 100 rows and says how many more the CSV has', () => {
    const many = makeDataset({ commitments: Array.from({ length: 130 }, (_, i) => makeCommitment({ id: `c-${i}`, title: { en: `Pledge ${i}`, fr: `Engagement ${i}` } })) });
    const built = buildExport({ view: 'list', format: 'png', scale: 1, scope: 'selection' }, context({ dataset: many }));
    if (built.kind !== 'image') throw new Error('expected an image');
    const lines = texts(built.scene.items);
    expect(lines).toContain('Pledge 99');
    expect(lines).not.toContain('Pledge 100');
    expect(lines).toContain('… and 30 more (the CSV export has them all)');
  });

  test('refuses the map without its borders, saying why', () => {
    expect(() => buildExport({ view: 'map', format: 'png', scale: 2, scope: 'selection' }, context())).toThrow('The map could not be loaded');
  });

  test('exports the current selection or the whole dataset as CSV', () => {
    const selection = buildExport({ view: 'list', format: 'csv', scale: 2, scope: 'selection' }, context());
    const all = buildExport({ view: 'list', format: 'csv', scale: 2, scope: 'all' }, context());
    if (selection.kind !== 'csv' || all.kind !== 'csv') throw new Error('expected CSV');
    expect(selection.text.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(all.text.split('\r\n').filter(Boolean)).toHaveLength(3);
    const [header, , support] = all.text.split('\r\n');
    expect(header).toMatch(/^\ufeff?Id,Title,Statement type,Strength,Cue words,By,With or toward,/);
    expect(support).toMatch(/^culture-support,Support for Kyrgyzstan in culture,Support or position,Support or position,a soutenu,China,Kyrgyzstan,/);
    expect(all.fileName).toBe('statements_full-dataset_2024-03-01.csv');
  });

  test('exports the heatmap counts as CSV, one row per domain', () => {
    const built = buildExport({ view: 'heatmap', format: 'csv', scale: 2, scope: 'selection' }, context());
    if (built.kind !== 'csv') throw new Error('expected CSV');
    expect(built.text).toBe('\uFEFFGroup,Domain,Kazakhstan\r\nEconomy,Energy,1\r\nEconomy,Trade,1\r\nPeople,Culture,0\r\n');
  });
});
