import { describe, expect, test } from 'vitest';
import { corpusProblems, likeness, NEAR_IDENTICAL, wordPairs } from '../../../src/data/corpus-problems';
import { recordAt } from '../../../src/data/find-integrity-problems';
import type { Origins } from '../../../src/data/merge-corpus';
import type { Commitment, Dataset, DatasetEvent as Event, Meeting, Source } from '../../../src/data/schema';
import { loadCorpus } from '../../fixtures/load-corpus';
import { makeCommitment, makeDataset } from '../../fixtures/make-dataset';

/** The problems as the checker prints them: "where: message". */
const problemsOf = (dataset: Dataset, origins: Origins = {}) => corpusProblems(dataset, recordAt(origins)).map(([where, message]) => `${where}: ${message}`);

/** The test corpus of three readouts, merged, with a change made to it; and its problems, named by file. */
function corpusWith(change: (dataset: Dataset) => void): string[] {
  const { dataset, origins } = loadCorpus();
  change(dataset);
  return problemsOf(dataset, origins);
}
/** A statement of the merged corpus, by its id. */
const statement = (dataset: Dataset, id: string) => dataset.commitments.find((c) => c.id === id)!;

// Records built from the small fixture dataset's, changed only in what a test is about.
const base = makeDataset();
const meeting = (id: string, seriesNumber: number | undefined, eventId: string, series: Meeting['series'] = 'foreign-ministers'): Meeting => {
  const m: Meeting = { ...base.meetings[0]!, id, series, eventId, seriesNumber };
  if (seriesNumber === undefined) delete m.seriesNumber;
  return m;
};
const event = (id: string, start: string | null, kind: Event['kind'] = 'meeting'): Event => ({ ...base.events[0]!, id, kind, when: { ...base.events[0]!.when, start, end: start } });
const source = (id: string, date: string, extra: Partial<Source> = {}): Source => {
  const s: Source = { ...base.sources[0]!, id, date, published: null };
  delete s.meetingId;
  return { ...s, ...extra };
};

describe('corpusProblems on a valid corpus', () => {
  test('finds nothing wrong in the test corpus of three readouts, nor in a single readout', () => {
    expect(corpusWith(() => {})).toEqual([]);
    expect(problemsOf(makeDataset())).toEqual([]);
  });
});

describe('corpusProblems: numbered meetings', () => {
  test('names both readouts when one meeting of a series is dated differently by two of them', () => {
    expect(corpusWith((d) => (d.meetings[1]!.seriesNumber = 4))).toEqual([
      'readouts/fm-2024.json › meeting "fm-meeting-5" › seriesNumber: meeting 4 of the "foreign-ministers" series is dated 2024-12-05 here and 2023-04-27 in readouts/fm-2023.json › meeting "fm-meeting-4"',
    ]);
  });

  test('asks to point the source to a meeting described already on the same day', () => {
    const dataset = makeDataset({ meetings: [...base.meetings, meeting('fm-1-again', 1, 'meeting-day')] });
    expect(problemsOf(dataset)).toEqual([
      'meetings[1] "fm-1-again" › seriesNumber: meeting 1 of the "foreign-ministers" series is described already by meetings[0] "fixture-meeting": point the source\'s meetingId to it',
    ]);
  });

  test('says "unknown" for the date of a meeting whose event is not there', () => {
    const undatedSecond = makeDataset({ meetings: [...base.meetings, meeting('fm-1-again', 1, 'no-such-event')] });
    expect(problemsOf(undatedSecond)).toEqual([
      'meetings[1] "fm-1-again" › seriesNumber: meeting 1 of the "foreign-ministers" series is dated unknown here and 2024-03-01 in meetings[0] "fixture-meeting"',
    ]);
    const undatedFirst = makeDataset({ meetings: [meeting('fm-1-again', 1, 'no-such-event'), ...base.meetings] });
    expect(problemsOf(undatedFirst)).toEqual([
      'meetings[1] "fixture-meeting" › seriesNumber: meeting 1 of the "foreign-ministers" series is dated 2024-03-01 here and unknown in meetings[0] "fm-1-again"',
    ]);
  });

  test('names the meetings of a series numbered against their dates', () => {
    expect(corpusWith((d) => (d.meetings[1]!.seriesNumber = 3))).toEqual([
      'readouts/fm-2024.json › meeting "fm-meeting-5" › seriesNumber: meeting 3 of the "foreign-ministers" series (2024-12-05) and meeting 4 (2023-04-27, readouts/fm-2023.json › meeting "fm-meeting-4") are numbered against their dates',
    ]);
    // The higher number listed first, on the earlier day.
    const dataset = makeDataset({
      events: [...base.events, event('may-meeting', '2024-05-01')],
      meetings: [meeting('fixture-meeting', 2, 'meeting-day'), meeting('may', 1, 'may-meeting')],
    });
    expect(problemsOf(dataset)).toEqual([
      'meetings[1] "may" › seriesNumber: meeting 1 of the "foreign-ministers" series (2024-05-01) and meeting 2 (2024-03-01, meetings[0] "fixture-meeting") are numbered against their dates',
    ]);
  });

  test('accepts meetings numbered in date order, in whatever order they are listed', () => {
    const events = [...base.events, event('may-meeting', '2024-05-01')];
    const laterFirst = makeDataset({ events, meetings: [meeting('may', 2, 'may-meeting'), meeting('fixture-meeting', 1, 'meeting-day')] });
    const earlierFirst = makeDataset({ events, meetings: [meeting('fixture-meeting', 1, 'meeting-day'), meeting('may', 2, 'may-meeting')] });
    expect(problemsOf(laterFirst)).toEqual([]);
    expect(problemsOf(earlierFirst)).toEqual([]);
  });

  test('accepts two numbered meetings of a series on the same day', () => {
    const dataset = makeDataset({ meetings: [meeting('fixture-meeting', 1, 'meeting-day'), meeting('same-day', 2, 'meeting-day')] });
    expect(problemsOf(dataset)).toEqual([]);
  });

  test('does not order a meeting whose date is unknown', () => {
    const undatedLast = makeDataset({ meetings: [meeting('fixture-meeting', 1, 'meeting-day'), meeting('undated', 2, 'no-such-event')] });
    const undatedFirst = makeDataset({ meetings: [meeting('undated', 1, 'no-such-event'), meeting('fixture-meeting', 2, 'meeting-day')] });
    expect(problemsOf(undatedLast)).toEqual([]);
    expect(problemsOf(undatedFirst)).toEqual([]);
  });

  test('compares numbers only within a series, and leaves unnumbered meetings alone', () => {
    const otherSeries = makeDataset({ meetings: [...base.meetings, meeting('summit-1', 1, 'meeting-day', 'summit')] });
    const unnumbered = makeDataset({ meetings: [meeting('fixture-meeting', undefined, 'meeting-day'), meeting('other', undefined, 'meeting-day')] });
    expect(problemsOf(otherSeries)).toEqual([]);
    expect(problemsOf(unnumbered)).toEqual([]);
  });

  test('refuses a meeting held on an event that is not a meeting, with the right article', () => {
    const on = (kind: Event['kind']) =>
      problemsOf(makeDataset({ events: [event('meeting-day', '2024-03-01', kind)] }));
    expect(on('agreement')).toEqual(['meetings[0] "fixture-meeting" › eventId: "meeting-day" is an agreement, not a meeting']);
    expect(on('anniversary')).toEqual(['meetings[0] "fixture-meeting" › eventId: "meeting-day" is an anniversary, not a meeting']);
    expect(on('period')).toEqual(['meetings[0] "fixture-meeting" › eventId: "meeting-day" is a period, not a meeting']);
  });

  test('refuses an unnumbered meeting held on an event that is not a meeting too', () => {
    const unnumbered = makeDataset({ events: [event('meeting-day', '2024-03-01', 'agreement')], meetings: [meeting('fixture-meeting', undefined, 'meeting-day')] });
    expect(problemsOf(unnumbered)).toEqual(['meetings[0] "fixture-meeting" › eventId: "meeting-day" is an agreement, not a meeting']);
  });
});

describe('corpusProblems: sources and their meetings', () => {
  test('refuses a source published before the day it is dated, and before its meeting began', () => {
    expect(corpusWith((d) => (d.sources[1]!.published = '2024-12-01'))).toEqual([
      'readouts/fm-2024.json › source "fm-2024-readout" › published: 2024-12-01 is before the day the text is dated (2024-12-05)',
      'readouts/fm-2024.json › source "fm-2024-readout" › published: 2024-12-01 is before the meeting it reports began (2024-12-05)',
    ]);
  });

  test('refuses a source published before the meeting it reports began', () => {
    const dataset = makeDataset({ events: [event('meeting-day', '2024-03-02')] });
    dataset.sources[0]!.published = '2024-03-01';
    expect(problemsOf(dataset)).toEqual(['sources[0] "fixture-source" › published: 2024-03-01 is before the meeting it reports began (2024-03-02)']);
  });

  test('checks the publication day of a source that reports no meeting', () => {
    const dataset = makeDataset({ sources: [source('fixture-source', '2024-03-01', { published: '2024-02-28' })] });
    expect(problemsOf(dataset)).toEqual(['sources[0] "fixture-source" › published: 2024-02-28 is before the day the text is dated (2024-03-01)']);
    expect(problemsOf(makeDataset({ sources: [source('fixture-source', '2024-03-01')] }))).toEqual([]);
  });

  test('names the meeting a source points to that no readout describes', () => {
    expect(corpusWith((d) => (d.sources[2]!.meetingId = 'summit-2024/summit-1'))).toEqual([
      'readouts/summit-2025.json › source "summit-2025-readout" › meetingId: unknown meeting "summit-2024/summit-1"',
    ]);
  });

  test('does not date a meeting whose event is not there', () => {
    const dataset = makeDataset({ meetings: [meeting('fixture-meeting', 1, 'no-such-event')] });
    dataset.sources[0]!.published = '2024-03-01';
    expect(problemsOf(dataset)).toEqual([]);
  });
});

describe('corpusProblems: statement dates', () => {
  test('refuses a statement dated after its source', () => {
    expect(corpusWith((d) => (statement(d, 'fm-2023/railway-study').stated.start = '2024-01-10'))).toEqual([
      'readouts/fm-2023.json › commitments[1] "railway-study" › stated: stated from 2024-01-10, after the day its source is dated (2023-04-27)',
    ]);
  });

  test('dates a statement by the start of its period, or its end when the start is unknown', () => {
    const stated = (start: string | null, end: string | null) => {
      const dataset = makeDataset();
      dataset.commitments[0]!.stated = { ...dataset.commitments[0]!.stated, start, end };
      return problemsOf(dataset);
    };
    expect(stated('2024-02-01', '2024-04-30')).toEqual([]);
    expect(stated(null, '2024-04-30')).toEqual(['commitments[0] "energy-trade" › stated: stated from 2024-04-30, after the day its source is dated (2024-03-01)']);
    expect(stated(null, '2024-02-01')).toEqual([]);
    expect(stated(null, null)).toEqual([]);
  });

  test('refuses a status reported by a source older than the statement\'s own', () => {
    expect(corpusWith((d) => (statement(d, 'fm-2024/customs-digitalisation').statusHistory[0]!.evidence = statement(d, 'fm-2023/trade-volume').evidence[0]!))).toEqual([
      'readouts/fm-2024.json › commitments[2] "customs-digitalisation" › statusHistory[0] › evidence: reported by "fm-2023-readout" (2023-04-27), a source older than the statement\'s own (2024-12-05)',
    ]);
  });

  test('leaves the dates of a statement whose source is not there to the reference check', () => {
    const dataset = makeDataset();
    const c = dataset.commitments[0]!;
    c.evidence[0]!.sourceId = 'missing-source';
    c.stated = { ...c.stated, start: '2030-01-01', end: '2030-01-01' };
    expect(problemsOf(dataset)).toEqual([]);
    const reportedByMissing = makeDataset();
    reportedByMissing.commitments[0]!.statusHistory[0]!.evidence.sourceId = 'missing-source';
    expect(problemsOf(reportedByMissing)).toEqual([]);
  });
});

describe('corpusProblems: links between statements', () => {
  test('names a link to a statement that is not there', () => {
    expect(corpusWith((d) => (statement(d, 'fm-2024/trade-volume').links![0]!.commitmentId = 'fm-2023/trade'))).toEqual([
      'readouts/fm-2024.json › commitments[0] "trade-volume" › links[0] › commitmentId: unknown commitment "fm-2023/trade"',
      // Its link gone, the repetition it recorded is seen again.
      'readouts/fm-2024.json › commitments[0] "trade-volume" › links: says what readouts/fm-2023.json › commitments[0] "trade-volume" says (94 % alike, same parties) in another readout: link it ("repeats", "advances" or "supersedes") or tell them apart',
    ]);
  });

  test('refuses a statement linked to itself', () => {
    const dataset = makeDataset();
    dataset.commitments[0]!.links = [{ kind: 'repeats', commitmentId: 'energy-trade', evidence: dataset.commitments[0]!.evidence[0]! }];
    expect(problemsOf(dataset)).toEqual(['commitments[0] "energy-trade" › links[0] › commitmentId: a statement cannot be linked to itself']);
  });

  test('refuses a link between two statements of the same source', () => {
    const dataset = makeDataset();
    dataset.commitments[1]!.links = [{ kind: 'advances', commitmentId: 'energy-trade', evidence: dataset.commitments[1]!.evidence[0]! }];
    expect(problemsOf(dataset)).toEqual(['commitments[1] "culture-support" › links[0] › commitmentId: "energy-trade" is from the same source ("fixture-source"): a link joins statements of different readouts']);
  });

  test('refuses a link to a later readout', () => {
    expect(corpusWith((d) => (statement(d, 'fm-2023/digital-economy-support').links = [{ ...statement(d, 'fm-2024/trade-volume').links![0]!, commitmentId: 'fm-2024/customs-digitalisation' }]))).toEqual([
      'readouts/fm-2023.json › commitments[3] "digital-economy-support" › links[0] › commitmentId: "fm-2024/customs-digitalisation" is from a later source (2024-12-05, after 2023-04-27): link the later statement to the earlier one',
    ]);
  });

  /** Two sources, "first" and "second", a statement in each, the second linked to the first. */
  function linkedPair(secondDate: string, linkSource: string) {
    const dataset = makeDataset({ sources: [source('first', '2024-03-01'), source('second', secondDate), source('third', '2024-01-01')] });
    const [a, b] = dataset.commitments;
    a!.evidence[0]!.sourceId = 'first';
    b!.evidence[0]!.sourceId = 'second';
    b!.links = [{ kind: 'advances', commitmentId: a!.id, evidence: { ...b!.evidence[0]!, sourceId: linkSource } }];
    return problemsOf(dataset);
  }

  test('links two readouts of the same day either way', () => {
    expect(linkedPair('2024-03-01', 'second')).toEqual([]);
  });

  test('takes the passage that makes a link from either statement\'s source, and from no other', () => {
    expect(linkedPair('2024-04-01', 'second')).toEqual([]);
    expect(linkedPair('2024-04-01', 'first')).toEqual([]);
    expect(linkedPair('2024-04-01', 'third')).toEqual(['commitments[1] "culture-support" › links[0] › evidence: quotes "third", neither of the two statements\' sources']);
  });

  test('leaves a link of a statement whose source is not there to the reference check', () => {
    const fromMissing = makeDataset({ sources: [source('first', '2024-03-01'), source('second', '2024-04-01')] });
    fromMissing.commitments[0]!.evidence[0]!.sourceId = 'first';
    fromMissing.commitments[1]!.evidence[0]!.sourceId = 'missing';
    fromMissing.commitments[1]!.links = [{ kind: 'advances', commitmentId: 'energy-trade', evidence: { ...fromMissing.commitments[1]!.evidence[0]!, sourceId: 'elsewhere' } }];
    expect(problemsOf(fromMissing)).toEqual([]);
    const toMissing = makeDataset({ sources: [source('first', '2024-03-01'), source('second', '2024-04-01')] });
    toMissing.commitments[0]!.evidence[0]!.sourceId = 'missing';
    toMissing.commitments[1]!.evidence[0]!.sourceId = 'second';
    toMissing.commitments[1]!.links = [{ kind: 'advances', commitmentId: 'energy-trade', evidence: { ...toMissing.commitments[1]!.evidence[0]!, sourceId: 'elsewhere' } }];
    expect(problemsOf(toMissing)).toEqual([]);
  });
});

describe('corpusProblems: the same statement in two readouts', () => {
  test('names a repetition across readouts that no link records, in English for a French readout', () => {
    expect(corpusWith((d) => delete statement(d, 'fm-2024/trade-volume').links)).toEqual([
      'readouts/fm-2024.json › commitments[0] "trade-volume" › links: says what readouts/fm-2023.json › commitments[0] "trade-volume" says (94 % alike, same parties) in another readout: link it ("repeats", "advances" or "supersedes") or tell them apart',
    ]);
  });

  const TEXT = 'China and the five Central Asian countries will raise their trade volume to a higher level this year';
  /** A statement coded from a source, its quote (or the English of it) given. */
  const said = (id: string, sourceId: string, quote: string, overrides: Partial<Commitment> = {}, en?: string) =>
    makeCommitment({ id, evidence: [{ sourceId, quote, start: 0, end: quote.length, translations: en === undefined ? {} : { en } }], ...overrides });
  /** Two readouts in English, "early" and "late", and the statements given. */
  const readouts = (commitments: Commitment[], language: Source['language'] = 'en') =>
    problemsOf(makeDataset({ sources: [source('early', '2024-03-01', { language }), source('late', '2024-06-01', { language })], commitments }));
  const REPEATED = (percent: number) => `commitments[1] "again" › links: says what commitments[0] "once" says (${percent} % alike, same parties) in another readout: link it ("repeats", "advances" or "supersedes") or tell them apart`;

  test('compares English readouts by their quotes, whatever their translations say', () => {
    expect(readouts([said('once', 'early', TEXT, {}, 'Something else entirely.'), said('again', 'late', TEXT, {}, 'Nothing alike at all.')])).toEqual([REPEATED(100)]);
  });

  test('compares readouts in other languages by the English of their quotes, or the quote where there is none', () => {
    const french = 'La Chine et les cinq pays porteront le volume de leurs échanges à un niveau plus élevé';
    expect(readouts([said('once', 'early', 'Un texte', {}, TEXT), said('again', 'late', 'Un autre texte', {}, TEXT)], 'fr')).toEqual([REPEATED(100)]);
    expect(readouts([said('once', 'early', french), said('again', 'late', french)], 'fr')).toEqual([REPEATED(100)]);
  });

  test('takes a link in either direction as recording the repetition', () => {
    const link = (commitmentId: string) => ({ links: [{ kind: 'repeats' as const, commitmentId, evidence: { sourceId: 'late', quote: TEXT, start: 0, end: TEXT.length, translations: {} } }] });
    expect(readouts([said('once', 'early', TEXT), said('again', 'late', TEXT, link('once'))])).toEqual([]);
    // A link on the earlier statement is refused for its direction, not taken for a missing one.
    expect(readouts([said('once', 'early', TEXT, link('again')), said('again', 'late', TEXT)])).toEqual([
      'commitments[0] "once" › links[0] › commitmentId: "again" is from a later source (2024-06-01, after 2024-03-01): link the later statement to the earlier one',
    ]);
  });

  test('does not take two statements of one readout, or of other parties, for a repetition', () => {
    expect(readouts([said('once', 'early', TEXT), said('again', 'early', TEXT)])).toEqual([]);
    expect(readouts([said('once', 'early', TEXT), said('again', 'late', TEXT, { makerIds: ['CHN'] })])).toEqual([]);
    expect(readouts([said('once', 'early', TEXT), said('again', 'late', TEXT, { partnerIds: ['KGZ'] })])).toEqual([]);
  });

  test('takes the same parties listed in another order for the same parties', () => {
    expect(readouts([
      said('once', 'early', TEXT, { makerIds: ['KAZ', 'CHN'], partnerIds: ['UZB', 'KGZ'] }),
      said('again', 'late', TEXT, { makerIds: ['CHN', 'KAZ'], partnerIds: ['KGZ', 'UZB'] }),
    ])).toEqual([REPEATED(100)]);
  });

  test('finds a repetition whose sentences come in another order', () => {
    const first = 'China and the five Central Asian countries will raise their trade volume.';
    const second = 'They will build a railway between Kashgar and Andijan within five years.';
    expect(readouts([said('once', 'early', `${first} ${second}`), said('again', 'late', `${second} ${first}`)])).toEqual([REPEATED(96)]);
  });

  test('finds a repetition with words added, down to 90 % alike, and no lower', () => {
    const words = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
    const text = (list: string[]) => list.join(' ');
    // 10 word pairs said again with 2 more: 91 % alike.
    expect(readouts([said('once', 'early', text(words.slice(0, 11))), said('again', 'late', text([...words.slice(0, 11), 'alpha', 'beta']))])).toEqual([REPEATED(91)]);
    // 9 of 10 word pairs the same: 90 % alike.
    expect(readouts([said('once', 'early', text(['alpha', ...words.slice(0, 10)])), said('again', 'late', text(['beta', ...words.slice(0, 10)]))])).toEqual([REPEATED(90)]);
    // 10 of 12 the same: 83 %, told apart.
    expect(readouts([said('once', 'early', text(['alpha', 'gamma', ...words.slice(0, 11)])), said('again', 'late', text(['beta', 'delta', ...words.slice(0, 11)]))])).toEqual([]);
  });

  test('names each repetition, in the order of the later statements', () => {
    const other = 'They will build a railway between Kashgar and Andijan within five years';
    expect(readouts([said('once', 'early', TEXT), said('railway', 'early', other), said('again', 'late', TEXT), said('railway-again', 'late', other)])).toEqual([
      'commitments[2] "again" › links: says what commitments[0] "once" says (100 % alike, same parties) in another readout: link it ("repeats", "advances" or "supersedes") or tell them apart',
      'commitments[3] "railway-again" › links: says what commitments[1] "railway" says (100 % alike, same parties) in another readout: link it ("repeats", "advances" or "supersedes") or tell them apart',
    ]);
  });

  test('does not look for repetitions in a single readout, even beside a quote of a missing source', () => {
    expect(problemsOf(makeDataset({ sources: [source('early', '2024-03-01')], commitments: [said('once', 'early', TEXT), said('again', 'missing', TEXT)] }))).toEqual([]);
  });

  test('reads a statement whose source is not there without failing', () => {
    expect(readouts([said('once', 'early', TEXT), said('again', 'missing', 'Something quite different was said here.')])).toEqual([]);
  });
});

describe('wordPairs and likeness', () => {
  test('pairs neighbouring words, lowercased, without accents, punctuation or numbers lost', () => {
    expect([...wordPairs('« Coopération ÉNERGÉTIQUE, renforcée » en 2024 !')]).toEqual(['cooperation energetique', 'energetique renforcee', 'renforcee en', 'en 2024']);
  });

  test('keeps a single word as it is, and nothing of an empty text', () => {
    expect([...wordPairs('Énergie.')]).toEqual(['energie']);
    expect([...wordPairs(' … ')]).toEqual([]);
  });

  test('measures how alike two sets of word pairs are', () => {
    expect(likeness(new Set(['a b', 'b c']), new Set(['a b', 'b c']))).toBe(1);
    expect(likeness(new Set(['a b']), new Set(['c d']))).toBe(0);
    expect(likeness(new Set(['a b', 'b c', 'c d']), new Set(['a b']))).toBe(0.5);
    expect(likeness(new Set(), new Set(['a b']))).toBe(0);
    expect(likeness(new Set(['a b']), new Set())).toBe(0);
    expect(likeness(new Set(), new Set())).toBe(0);
    expect(NEAR_IDENTICAL).toBe(0.9);
  });
});

describe('corpusProblems: one record registered twice', () => {
  test('names the same person registered under two ids', () => {
    expect(corpusWith((d) => d.people.push({ ...d.people[0]!, id: 'gang-qin' }))).toEqual([
      'people[5] "gang-qin": the same person as registry.json › people[0] "qin-gang" (both are "qin gang"): keep one',
    ]);
  });

  test('folds case, accents and spaces, and compares French names too', () => {
    const dataset = makeDataset();
    dataset.people.push({ ...dataset.people[0]!, id: 'qin-gang-2', name: { en: ' QÏN GANG ', fr: 'M. Qin' } });
    dataset.people.push({ ...dataset.people[0]!, id: 'qin-gang-3', name: { en: 'Gang Qin', fr: 'Qín gang' } });
    expect(problemsOf(dataset)).toEqual([
      'people[1] "qin-gang-2": the same person as people[0] "qin-gang" (both are "qin gang"): keep one',
      'people[2] "qin-gang-3": the same person as people[0] "qin-gang" (both are "qin gang"): keep one',
    ]);
  });

  test('names a country registered twice, by code or by name', () => {
    const dataset = makeDataset();
    dataset.countries.push({ ...dataset.countries[0]!, id: 'CHI', name: { en: 'People\'s Republic', fr: 'République populaire' } });
    dataset.countries.push({ ...dataset.countries[1]!, id: 'KZK', isoNumeric: '999', name: { en: 'kazakhstan', fr: 'Kazakhstan' } });
    expect(problemsOf(dataset)).toEqual([
      'countries[3] "CHI": the same country as countries[0] "CHN" (both are "156"): keep one',
      'countries[4] "KZK": the same country as countries[1] "KAZ" (both are "kazakhstan"): keep one',
    ]);
  });

  test('names a place registered twice in one country, not a namesake in another', () => {
    const dataset = makeDataset();
    dataset.places.push({ ...dataset.places[0]!, id: 'xian-2', name: { en: 'XI\'AN', fr: 'Xian' } });
    dataset.places.push({ ...dataset.places[0]!, id: 'xian-kaz', countryId: 'KAZ' });
    expect(problemsOf(dataset)).toEqual(['places[1] "xian-2": the same place as places[0] "xian" (both are "CHN xi\'an"): keep one']);
  });

  test('names a domain registered twice', () => {
    const dataset = makeDataset();
    dataset.domains.push({ ...dataset.domains[0]!, id: 'power', label: { en: 'energy', fr: 'Électricité' } });
    expect(problemsOf(dataset)).toEqual(['domains[3] "power": the same domain as domains[0] "energy" (both are "energy"): keep one']);
  });

  test('leaves a record listed twice under one id to the duplicate-id check', () => {
    const dataset = makeDataset();
    dataset.people.push({ ...dataset.people[0]! });
    dataset.domains.push({ ...dataset.domains[2]! });
    expect(problemsOf(dataset)).toEqual([]);
  });
});
