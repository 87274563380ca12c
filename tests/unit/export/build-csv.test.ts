import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Dataset, DatasetEvent, Relationship } from '../../../src/data/schema';
import { buildCsv } from '../../../src/export/build-csv';
import type { ExportContext } from '../../../src/export/export-context';
import { EVERY_RECORD, NO_FILTERS } from '../../../src/filters/filter-state';
import { loadCorpus } from '../../fixtures/load-corpus';
import { fixtureDay, makeCommitment, makeDataset, quote } from '../../fixtures/make-dataset';

const embedded = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const { dataset: corpus } = loadCorpus();

const context = (dataset: Dataset, overrides: Partial<ExportContext> = {}): ExportContext => ({
  dataset,
  filters: EVERY_RECORD,
  lanes: 'kind',
  compare: false,
  language: 'en',
  features: undefined,
  exportDate: '2026-11-30',
  ...overrides,
});

/** The CSV as a spreadsheet reads it: the header's cells, then each line's cells unquoted. */
function cells(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const next = text.charAt(i + 1);
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\r')) {
      cell += char;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else {
      // \r\n: the end of a line.
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    }
  }
  return rows;
}

/** Each line of the CSV as its cells by column name. */
function records(csv: string): Record<string, string>[] {
  const [header = [], ...lines] = cells(csv);
  return lines.map((line) => Object.fromEntries(header.map((name, i) => [name, line[i] ?? ''])));
}

/** A statement's line, found by its id (the first column, in either language). */
const listRow = (csv: string, id: string) => {
  const row = records(csv).find((r) => Object.values(r)[0] === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};

describe('the statement list as CSV', () => {
  const list = buildCsv('list', context(embedded), 'selection');

  test('names who made a statement, toward whom, whom it concerns, who said it and who agreed it, by their names', () => {
    const row = listRow(list, 'chn-kaz-community-of-shared-future');
    expect(row['Statement type']).toBe('Undertaking');
    expect(row.By).toBe('China and Kazakhstan');
    expect(row['With or toward']).toBe('');
    expect(row.Concerns).toBe('China and Kazakhstan');
    expect(row['Reported saying it']).toBe('Qin Gang');
    expect(row['Agreed earlier by']).toBe('Xi Jinping and Kassym-Jomart Tokayev');
    expect(row.Domains).toBe('Relations and partnerships; Political trust');
    expect(row.Subject).toBe('Political relations');
  });

  test('gives every cue word, separated by slashes', () => {
    expect(listRow(list, 'chn-tkm-community-of-shared-future')['Cue words']).toBe('ont annoncé conjointement / mettraient en œuvre');
  });

  test('dates a statement as start/end with the precision and the source\'s words, an open bound left blank', () => {
    const row = listRow(list, 'chn-kaz-community-of-shared-future');
    expect(row.Stated).toBe('2023-04-26/2023-04-26 (exact day; « Le 26 avril 2023 »)');
    expect(row.Agreed).toBe('/2023-04-26 (open-ended; « avaient convenu »)');
    expect(listRow(list, 'chn-tkm-community-of-shared-future').Agreed).toBe('2023-01-01/2023-03-31 (approximate period; « au début de l’année »)');
    // Never agreed earlier: the cell is empty.
    expect(listRow(list, 'chn-tjk-implement-consensus').Agreed).toBe('');

    const sinceMarch = makeDataset({ commitments: [makeCommitment({ agreed: { ...fixtureDay(), end: null, precision: 'open' } })] });
    expect(listRow(buildCsv('list', context(sinceMarch), 'selection'), 'energy-trade').Agreed).toBe('2024-03-01/ (open-ended; « Le 1er mars 2024 »)');
  });

  test('gives each quote, its language, its translation where it is not in the interface language, and its readout', () => {
    const row = listRow(list, 'chn-tjk-implement-consensus');
    expect(row.Quote?.split(' / ')).toHaveLength(2);
    expect(row.Quote).toMatch(/^L’année dernière, le président Xi Jinping .+ \/ Les deux parties doivent bien promouvoir /);
    expect(row['Quote language']).toBe('fr');
    expect(row['Translation (English, where the quote is not English)']).toMatch(/^Last year, President Xi Jinping .+ \/ The two sides should promote /);
    expect(row.Source).toBe('xian-2023-fm-readout; xian-2023-fm-readout');
    expect(row.Readout).toBe(
      "Readout of Qin Gang's talks in Xi'an with the five Central Asian foreign ministers, 26 April 2023 (Foreign ministers' meeting no. 4; French; complete text; publication date not recorded; address not recorded)",
    );
    // In French, a French quote needs no translation.
    const fr = listRow(buildCsv('list', context(embedded, { language: 'fr' }), 'selection'), 'chn-kaz-community-of-shared-future');
    expect(fr['Traduction (en français, si la citation ne l’est pas)']).toBe('');
  });

  test('a statement quoted from two readouts in two languages names both languages and translates only the foreign quote', () => {
    const base = makeDataset();
    const english = { ...base.sources[0]!, id: 'english-source', language: 'en', title: { en: 'English readout', fr: 'Compte rendu anglais' } };
    const spoken = quote('Le 1er mars 2024, Qin Gang a reçu à Xi’an le ministre du Kazakhstan.');
    // The English quote carries an English "translation" by mistake: the quote itself is the English text.
    const twoQuotes = makeCommitment({ evidence: [quote('La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.'), { ...spoken, sourceId: 'english-source', translations: { en: 'Stray' } }] });
    const dataset = makeDataset({ sources: [base.sources[0]!, english], commitments: [twoQuotes] });

    const en = listRow(buildCsv('list', context(dataset), 'selection'), 'energy-trade');
    expect(en['Quote language']).toBe('fr; en');
    expect(en['Translation (English, where the quote is not English)']).toBe('[en] La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce. / ');
    expect(en.Source).toBe('fixture-source; english-source');
    expect(en.Readout).toMatch(/^Fixture readout \(/);
    // In French: the French quote needs none, the English one has none.
    const fr = listRow(buildCsv('list', context(dataset, { language: 'fr' }), 'selection'), 'energy-trade');
    expect(fr['Traduction (en français, si la citation ne l’est pas)']).toBe(' / ');
  });

  test('gives the status history in order and the links to earlier statements, empty where there are none', () => {
    const csv = buildCsv('list', context(corpus), 'selection');
    expect(listRow(csv, 'fm-2023/railway-study')['Status history']).toBe('Announced (2023-04-27) → In progress (2024-12-05)');
    expect(listRow(csv, 'fm-2023/railway-study')['Links to earlier statements']).toBe('');
    expect(listRow(csv, 'fm-2024/railway-study')['Links to earlier statements']).toBe('Advances fm-2023/railway-study');
    const twoLinks = { ...corpus, commitments: corpus.commitments.map((c) => (c.id === 'summit-2025/trade-volume' ? { ...c, links: [...c.links!, { ...c.links![0]!, kind: 'advances' as const, commitmentId: 'fm-2023/trade-volume' }] } : c)) };
    expect(listRow(buildCsv('list', context(twoLinks), 'selection'), 'summit-2025/trade-volume')['Links to earlier statements']).toBe('Repeats fm-2024/trade-volume; Advances fm-2023/trade-volume');
  });

  test('leaves the language and readout blank for a quote of a readout the dataset does not list', () => {
    const orphan = makeCommitment({ evidence: [{ ...quote('La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.'), sourceId: 'gone' }] });
    const row = listRow(buildCsv('list', context(makeDataset({ commitments: [orphan] })), 'selection'), 'energy-trade');
    expect([row['Quote language'], row.Source, row.Readout]).toEqual(['', 'gone', '']);
  });

  test('the dashboard exports the statement list', () => {
    expect(buildCsv('dashboard', context(embedded), 'selection')).toBe(list);
  });
});

describe('the timeline as CSV', () => {
  const undated: DatasetEvent = { ...makeDataset().events[0]!, id: 'some-day', title: { en: 'Some day', fr: 'Un jour' }, when: { start: null, end: null, precision: 'unknown', wording: 'un jour', resolution: { en: '-', fr: '-' } } };
  const until: DatasetEvent = { ...undated, id: 'until', title: { en: 'Until 2025', fr: 'Jusqu’en 2025' }, when: { start: null, end: '2025-12-31', precision: 'open', wording: 'd’ici 2025', resolution: { en: '-', fr: '-' } } };
  const since: DatasetEvent = { ...undated, id: 'since', title: { en: 'Since 2020', fr: 'Depuis 2020' }, when: { start: '2020-01-01', end: null, precision: 'open', wording: 'depuis 2020', resolution: { en: '-', fr: '-' } } };
  const dataset = makeDataset({ events: [...makeDataset().events, undated, until, since] });
  const line = (r: Record<string, string>) => [r.Type, r.Start, r.End, r.Precision, r.Lane, r.Title, r['Source wording']];

  test('gives each event with its bounds, those without a date last, then each statement in its lane', () => {
    expect(records(buildCsv('timeline', context(dataset, { filters: NO_FILTERS }), 'selection')).map(line)).toEqual([
      ['Event', '2024-03-01', '2024-03-01', 'exact day', '', 'Fixture meeting', 'Le 1er mars 2024'],
      ['Event', '2023-01-01', '2023-12-31', 'year', '', 'Support in culture', 'L’année dernière'],
      ['Event', '', '2025-12-31', 'open-ended', '', 'Until 2025', 'd’ici 2025'],
      ['Event', '2020-01-01', '', 'open-ended', '', 'Since 2020', 'depuis 2020'],
      ['Event', '', '', 'date not given', '', 'Some day', 'un jour'],
      ['Statement', '2024-03-01', '2024-03-01', 'exact day', 'Field of cooperation', 'Strengthen energy and trade cooperation', 'Le 1er mars 2024'],
    ]);
  });

  test('names each statement\'s lane as the timeline does, once per lane it is drawn in', () => {
    const byCountry = records(buildCsv('timeline', context(makeDataset(), { filters: NO_FILTERS, lanes: 'country' }), 'selection')).filter((r) => r.Type === 'Statement');
    expect(byCountry.map((r) => [r.Lane, r.Title])).toEqual([
      ['China', 'Strengthen energy and trade cooperation'],
      ['Kazakhstan', 'Strengthen energy and trade cooperation'],
    ]);
    const byStrength = records(buildCsv('timeline', context(makeDataset(), { filters: EVERY_RECORD, lanes: 'strength' }), 'selection')).filter((r) => r.Type === 'Statement');
    expect(byStrength.map((r) => r.Lane)).toEqual(['Undertaking', 'Support or position']);
  });

  test('the selection keeps the statements inside the time range; the full dataset keeps them all', () => {
    const lastYear = { ...EVERY_RECORD, timeRange: { start: '2023-01-01', end: '2023-12-31' } };
    const titles = (scope: 'selection' | 'all') =>
      records(buildCsv('timeline', context(makeDataset(), { filters: lastYear }), scope))
        .filter((r) => r.Type === 'Statement')
        .map((r) => r.Title);
    expect(titles('selection')).toEqual(['Support for Kyrgyzstan in culture']);
    expect(titles('all')).toEqual(['Support for Kyrgyzstan in culture', 'Strengthen energy and trade cooperation']);
  });
});

describe('the map as CSV', () => {
  test('gives each country its count, whether it is selected and how the source calls its relationship with China', () => {
    const csv = buildCsv('map', context(embedded, { filters: { ...NO_FILTERS, countries: ['KAZ'] } }), 'selection');
    expect(cells(csv)[0]).toEqual(['Country', 'Undertakings', 'Selected', 'Relationship']);
    expect(records(csv).find((r) => r.Country === 'Kazakhstan')).toEqual({
      Country: 'Kazakhstan',
      Undertakings: '19',
      Selected: 'yes',
      Relationship: 'China–Kazakhstan community with a shared future · Permanent comprehensive strategic partnership',
    });
    expect(records(csv).find((r) => r.Country === 'Kyrgyzstan')?.Selected).toBe('no');
  });

  const relationship = (id: string, label: string): Relationship => ({ id, countryIds: ['CHN', 'KAZ'], kind: 'partnership', label: { en: label, fr: label }, evidence: corpus.countries[0]!.evidence });
  const withRelationships = { ...corpus, relationships: [relationship('a', 'Good neighbours'), relationship('b', 'Strategic partners')] };
  const compared = { ...NO_FILTERS, countries: ['KAZ'], sources: ['fm-2024-readout', 'fm-2023-readout'] };

  test('comparing two readouts, gives the earlier count, the later one, the selection and the relationship', () => {
    const [, ...lines] = cells(buildCsv('map', context(withRelationships, { filters: compared, compare: true }), 'selection'));
    expect(lines.find((cellsOf) => cellsOf[0] === 'Kazakhstan')).toEqual(['Kazakhstan', '1', '3', 'yes', 'Good neighbours · Strategic partners']);
  });

  test('the full dataset is one count per country, even while comparing', () => {
    const [header, ...lines] = cells(buildCsv('map', context(withRelationships, { filters: compared, compare: true }), 'all'));
    expect(header).toEqual(['Country', 'Statements', 'Selected', 'Relationship']);
    expect(lines.find((cellsOf) => cellsOf[0] === 'Kazakhstan')).toEqual(['Kazakhstan', '9', 'no', 'Good neighbours · Strategic partners']);
  });
});

describe('the heatmap as CSV', () => {
  test('comparing two readouts, gives each cell the earlier count, then the later', () => {
    const filters = { ...NO_FILTERS, sources: ['fm-2024-readout', 'fm-2023-readout'] };
    const lines = cells(buildCsv('heatmap', context(corpus, { filters, compare: true }), 'selection'));
    expect(lines.find((line) => line[1] === 'Railways')).toEqual(['Connectivity and resources', 'Railways', '1', '1', '0', '0', '1', '1', '0', '0', '0', '0', '1', '1']);
  });

  test('the full dataset counts every statement type, one column per country', () => {
    const filters = { ...NO_FILTERS, sources: ['fm-2024-readout', 'fm-2023-readout'] };
    const lines = cells(buildCsv('heatmap', context(corpus, { filters, compare: true }), 'all'));
    expect(lines[0]).toEqual(['Group', 'Domain', 'China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
    expect(lines.find((line) => line[1] === 'Trade')).toEqual(['Economy and development', 'Trade', '3', '3', '3', '3', '3', '3']);
  });
});
