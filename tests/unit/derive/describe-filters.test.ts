import { describe, expect, test } from 'vitest';
import { describeFilters } from '../../../src/derive/describe-filters';
import { NO_FILTERS, type Filters } from '../../../src/filters/filter-state';
import { loadCorpus } from '../../fixtures/load-corpus';
import { makeDataset } from '../../fixtures/make-dataset';

const dataset = makeDataset();
const words = (filters: Partial<Filters>, language: 'en' | 'fr' = 'en') =>
  describeFilters({ ...NO_FILTERS, ...filters }, dataset, language);

describe('describeFilters', () => {
  test('says that everything is shown when no filter is active', () => {
    expect(words({})).toBe('All countries, domains and dates');
  });

  test('names countries, domains and years, separated by dots', () => {
    expect(words({ countries: ['KAZ'], domains: ['trade', 'energy'], timeRange: { start: '2022-01-01', end: '2023-12-31' } })).toBe(
      'Kazakhstan · Energy, Trade · 2022–2023',
    );
  });

  test('names only the active filters', () => {
    expect(words({ domains: ['culture'] })).toBe('Culture');
  });

  test('does not depend on the order in which countries were clicked', () => {
    expect(words({ countries: ['KGZ', 'CHN'] })).toBe(words({ countries: ['CHN', 'KGZ'] }));
  });

  test('speaks French when asked', () => {
    expect(words({ countries: ['KGZ'], domains: ['energy'] }, 'fr')).toBe('Kirghizistan · Énergie');
  });

  test('writes a range that is not whole years as days', () => {
    expect(words({ timeRange: { start: '2023-04-26', end: '2023-12-31' } })).toBe('26 Apr 2023 – 31 Dec 2023');
  });

  test('shortens a long list of names', () => {
    expect(words({ domains: ['energy', 'trade', 'culture', 'energy'] })).toBe('Energy, Trade, Culture');
    const many = makeDataset({
      countries: ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map((id) => ({ ...makeDataset().countries[0]!, id, name: { en: id, fr: id } })),
    });
    expect(describeFilters({ ...NO_FILTERS, countries: ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'] }, many, 'en')).toBe('AAA, BBB, CCC +2 more');
  });
});

describe('describeFilters, beyond countries, domains and dates', () => {
  test('names a choice of statement types other than the default, in their own order', () => {
    expect(words({ types: ['call', 'undertaking'] })).toBe('Undertaking, Call');
    expect(words({ types: ['position'] })).toBe('Support or position');
    expect(words({ types: ['undertaking'] })).toBe('All countries, domains and dates');
  });

  test('names the strengths chosen, strongest first, and "specific to one country"', () => {
    expect(words({ strengths: ['call', 'firm'] })).toBe('Firm undertaking, Call');
    expect(words({ specificOnly: true, countries: ['KAZ'] })).toBe('Only statements specific to one country · Kazakhstan');
  });
});

describe('readouts named, when several are chosen', () => {
  const { dataset: corpus } = loadCorpus();
  const sources = (ids: string[], d = corpus) => describeFilters({ ...NO_FILTERS, sources: ids }, d, 'en');
  const fm2023 = corpus.sources[0]!;
  // The 2023 meeting's readout in a second language, and a 2023 text that reports no meeting.
  const english = { ...fm2023, id: 'fm-2023-readout-en', language: 'en' };
  const note = { ...fm2023, id: 'fm-2023-note', meetingId: undefined, title: { en: 'Note on the 2023 meeting', fr: 'Note sur la réunion de 2023' } };
  const more = { ...corpus, sources: [fm2023, english, note, ...corpus.sources.slice(1)] };

  test('one readout of a meeting reported in two languages is named with its language; both, as the meeting once', () => {
    expect(sources(['fm-2023-readout'], more)).toBe("Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023 (French)");
    expect(sources(['fm-2023-readout', 'fm-2023-readout-en', 'fm-2024-readout'], more)).toBe("Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023; Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024");
  });

  test('a text that reports no meeting is named by its title, without a language', () => {
    const twoNotes = { ...more, sources: [...more.sources, { ...note, id: 'fm-2024-note', date: '2024-12-05' }] };
    expect(sources(['fm-2023-note'], twoNotes)).toBe('Note on the 2023 meeting · 27 Apr 2023');
  });

  test('readouts of several years are named one by one, the fourth on summed up', () => {
    expect(sources(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout'])).toBe(
      "Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023; Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024; Summit no. 2, Astana · 17 Jun 2025",
    );
    expect(sources(['fm-2023-readout', 'fm-2023-note', 'fm-2024-readout', 'summit-2025-readout'], more)).toBe(
      "Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023 (French); Note on the 2023 meeting · 27 Apr 2023; Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024 +1 more",
    );
  });

  test('are not said as a year\'s unless they are every readout of that one year', () => {
    // Two of the three 2023 texts.
    expect(sources(['fm-2023-readout', 'fm-2023-note'], more)).toBe("Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023 (French); Note on the 2023 meeting · 27 Apr 2023");
    // As many as 2023 has, but one of them from 2024.
    const two2023 = { ...corpus, sources: [fm2023, note, ...corpus.sources.slice(1)] };
    expect(sources(['fm-2023-readout', 'fm-2024-readout'], two2023)).toBe("Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023; Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024");
    expect(sources(['fm-2023-readout', 'fm-2023-note'], two2023)).toBe('Readouts of 2023');
  });
});
