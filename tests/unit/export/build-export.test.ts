import { describe, expect, test } from 'vitest';
import { buildCaption, buildExport } from '../../../src/export/build-export';
import type { ExportContext } from '../../../src/export/export-context';
import { NO_FILTERS } from '../../../src/filters/filter-state';
import { loadCorpus } from '../../fixtures/load-corpus';
import { makeDataset } from '../../fixtures/make-dataset';

const context = (overrides: Partial<ExportContext> = {}): ExportContext => ({
  dataset: makeDataset(),
  filters: { ...NO_FILTERS, countries: ['KAZ'] },
  lanes: 'kind',
  compare: false,
  language: 'en',
  features: undefined,
  exportDate: '2026-11-28',
  ...overrides,
});

describe('buildCaption', () => {
  test('says what the image shows: title, filters in words and the count', () => {
    const caption = buildCaption('heatmap', context());
    expect(caption.title).toBe('Cooperation domains by country');
    expect(caption.filters).toBe('Kazakhstan — 1 undertaking');
  });

  test('names the source, the dashboard and the export date, in French when asked', () => {
    const caption = buildCaption('timeline', context({ language: 'fr' }));
    expect(caption.source).toBe('Source : Compte rendu de test (Réunion des ministres des Affaires étrangères no 1, Xi’an · 1 mars 2024; français; texte complet)');
    expect(caption.footer).toBe('Tableau de bord de la coopération Chine–Asie centrale · exporté le 28 nov. 2026');
  });
});

describe('the sources an image names', () => {
  const { dataset: corpus } = loadCorpus();
  const sourceOf = (filters: Partial<ExportContext['filters']>) => buildCaption('map', context({ dataset: corpus, filters: { ...NO_FILTERS, ...filters } })).source;

  test('are the readouts of the statements shown, each described in full while there are two at most', () => {
    expect(sourceOf({ sources: ['fm-2023-readout'] })).toBe(
      "Source: Readout of the fourth China–Central Asia foreign ministers' meeting, Xi'an, 27 April 2023 (Foreign ministers' meeting no. 4, Xi'an; French; complete text; published 27 Apr 2023)",
    );
    expect(sourceOf({ sources: ['fm-2023-readout', 'fm-2024-readout'] })).toBe(
      "Source: Readout of the fourth China–Central Asia foreign ministers' meeting, Xi'an, 27 April 2023 (Foreign ministers' meeting no. 4, Xi'an; French; complete text; published 27 Apr 2023)" +
        " · Source: Readout of the fifth China–Central Asia foreign ministers' meeting, Chengdu, 5 December 2024 (Foreign ministers' meeting no. 5, Chengdu; English; complete text; published 6 Dec 2024)",
    );
  });

  test('are summed up when there are three or more', () => {
    expect(sourceOf({})).toBe("Source: Readout of the fourth China–Central Asia foreign ministers' meeting, Xi'an, 27 April 2023 and 2 more source documents, 2023–2025");
  });

  test('are every readout of the dataset when the image shows no statement', () => {
    const caption = buildCaption('map', context({ dataset: corpus, filters: { ...NO_FILTERS, countries: ['KAZ'], domains: ['railways'] } }));
    expect(caption.filters).toBe('Kazakhstan · Railways — 0 undertakings');
    expect(caption.source).toBe("Source: Readout of the fourth China–Central Asia foreign ministers' meeting, Xi'an, 27 April 2023 and 2 more source documents, 2023–2025");
  });
});

describe('buildExport', () => {
  test('names an image for what it shows, whatever CSV scope was last chosen', () => {
    expect(buildExport({ view: 'map', format: 'svg', scale: 2, scope: 'all' }, context()).fileName).toBe('country-map_kazakhstan_2024-03-01.svg');
    expect(buildExport({ view: 'list', format: 'png', scale: 2, scope: 'all' }, context()).fileName).toBe('undertakings_kazakhstan_2024-03-01.png');
  });

  test("an image carries its caption, its file name and the number of statements it speaks of", () => {
    const built = buildExport({ view: 'heatmap', format: 'png', scale: 2, scope: 'selection' }, context());
    if (built.kind !== 'image') throw new Error('expected an image');
    expect(built.caption.filters).toBe('Kazakhstan — 1 undertaking');
    expect(built.count).toBe(1);
    expect(built.fileName).toBe('domain-heatmap_kazakhstan_2024-03-01.png');
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
