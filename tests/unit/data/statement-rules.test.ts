import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../../src/data/find-integrity-problems';
import { parseDataset } from '../../../src/data/parse-dataset';
import type { Commitment, TimeRange } from '../../../src/data/schema';
import { allowsStrongTitle, strongTitleVerb } from '../../../src/data/statement-rules';
import { FIXTURE_TEXTS, fixtureDay, makeCommitment, makeDataset, quote, span } from '../../fixtures/make-dataset';

const problemsOf = (commitment: Partial<Commitment>) => findIntegrityProblems(makeDataset({ commitments: [makeCommitment(commitment)] }), FIXTURE_TEXTS);
const AT = 'commitments[0] "energy-trade"';
const ENERGY = 'La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.';

describe('coded statements: the checks that data:check and the browser share', () => {
  test('a valid record has no problem', () => {
    expect(problemsOf({})).toEqual([]);
  });

  test('rejects a cue that is not verbatim at its offsets', () => {
    const cue = { ...span('renforceront'), text: 'renforcera' };
    expect(problemsOf({ cues: [cue] })).toEqual([`${AT} › cues[0]: text not found verbatim in source "fixture-source": "renforcera"`]);
  });

  test('rejects a cue that stands in the source but outside the record\'s quotes', () => {
    const cue = span('Qin Gang');
    expect(problemsOf({ cues: [cue] })).toEqual([`${AT} › cues[0]: "Qin Gang" (${cue.start}–${cue.end}) is not inside any of the record's quotes`]);
  });

  test('rejects a strength its statement type cannot have, and a call without its marker words', () => {
    expect(problemsOf({ statementType: 'call', strength: 'firm' })).toEqual([
      `${AT} › strength: "firm" is not a strength of a call (one of: call)`,
      `${AT} › cues: a "firm" strength needs a cue with its marker words (fermement|résolument|firmly|resolutely); cues are "renforceront"`,
    ]);
  });

  test('rejects a title whose verb is stronger than the strength allows, in either language', () => {
    expect(problemsOf({ strength: 'advance', title: { en: 'Establish energy cooperation', fr: 'Créer la coopération' } })).toEqual([
      `${AT} › title › en: "establish" claims more than a "advance" statement says: title it with the sentence's own verb`,
      `${AT} › title › fr: "créer" claims more than a "advance" statement says: title it with the sentence's own verb`,
    ]);
    expect(problemsOf({ strength: 'undertaking', title: { en: 'Establish energy cooperation', fr: 'Créer la coopération' } })).toEqual([]);
  });

  test('rejects a day that the date\'s words do not give', () => {
    const stated: TimeRange = { ...fixtureDay(), start: '2024-02-29', end: '2024-02-29' };
    expect(problemsOf({ stated })).toEqual([`${AT} › stated: dated 2024-02-29 to the day, but its words "Le 1er mars 2024" do not give that day`]);
  });

  test('accepts an unknown date and an open-ended one, and rejects one with bounds that do not fit', () => {
    const unknown: TimeRange = { start: null, end: null, precision: 'unknown', wording: 'renforceront', resolution: { en: 'No date.', fr: 'Pas de date.' } };
    const before: TimeRange = { ...unknown, end: '2024-03-01', precision: 'open' };
    expect(problemsOf({ agreed: unknown })).toEqual([]);
    expect(problemsOf({ agreed: before })).toEqual([]);
    expect(problemsOf({ agreed: { ...before, start: '2020-01-01' } })).toEqual([`${AT} › agreed: an open-ended date has exactly one bound (the other null)`]);
    expect(problemsOf({ agreed: { ...unknown, precision: 'year' } })).toEqual([
      `${AT} › agreed: a date of precision "year" needs both start and end (use "open" or "unknown" for a bound the text does not give)`,
    ]);
  });

  test('rejects an agreement dated after the statement that reports it', () => {
    const later: TimeRange = { ...fixtureDay(), start: '2024-05-01', end: '2024-05-31', precision: 'month', wordingAt: undefined, wording: 'renforceront' };
    expect(problemsOf({ agreed: later })).toEqual([`${AT} › agreed: agreed from 2024-05-01, after it was stated (2024-03-01)`]);
  });

  test('wants statuses oldest first, none after the source that reports it', () => {
    const entry = (status: 'announced' | 'in-progress', asOf: string) => ({ status, asOf, evidence: quote(ENERGY) });
    expect(problemsOf({ statusHistory: [entry('in-progress', '2024-03-01'), entry('announced', '2024-02-01')] })).toEqual([
      `${AT} › statusHistory[1] › asOf: 2024-02-01 comes before the previous status (2024-03-01): list statuses oldest first`,
    ]);
    expect(problemsOf({ statusHistory: [entry('announced', '2024-06-01')] })).toEqual([`${AT} › statusHistory[0] › asOf: 2024-06-01 is after the date of its source (2024-03-01)`]);
  });

  test('wants a maker or partner among the countries concerned', () => {
    expect(problemsOf({ partnerIds: ['KGZ'] })).toEqual([`${AT} › countryIds: "KGZ" is a maker or partner but not among the countries it concerns`]);
  });

  test('wants a translation into each interface language but the source\'s own', () => {
    const fr = { ...quote(ENERGY), translations: { fr: ENERGY } };
    expect(problemsOf({ evidence: [fr] })).toEqual([
      `${AT} › evidence[0] › translations: missing the "en" translation of a quote in "fr"`,
      `${AT} › evidence[0] › translations: "fr" is the source's own language: the quote itself is the text, remove this translation`,
    ]);
  });
});

describe('format versions', () => {
  test('explains a version 1 dataset as an older format, not as missing fields', () => {
    const old = JSON.stringify({ ...makeDataset(), schemaVersion: 1 });
    expect(() => parseDataset(old, 'dataset.json')).toThrow(expect.objectContaining({ problems: [expect.stringMatching(/^schemaVersion: 1 is the earlier format; this dashboard reads version 3, in which each record says what its sentence does/)] }));
  });

  test('explains a version 2 dataset by what version 3 adds', () => {
    const old = JSON.stringify({ ...makeDataset(), schemaVersion: 2 });
    expect(() => parseDataset(old, 'dataset.json')).toThrow(expect.objectContaining({ problems: [expect.stringMatching(/^schemaVersion: 2 is the earlier format; this dashboard reads version 3, which describes each source fully \(published, address, extent/)] }));
  });

  test('says when a dataset is newer than the dashboard', () => {
    const newer = JSON.stringify({ ...makeDataset(), schemaVersion: 4 });
    expect(() => parseDataset(newer, 'dataset.json')).toThrow(expect.objectContaining({ problems: ['schemaVersion: 4 is newer than this dashboard, which reads version 3'] }));
  });
});

describe('strong verbs in titles', () => {
  test('finds the strong verb a title begins with, whatever its case and the spaces before it', () => {
    expect(strongTitleVerb('  Establish a trade centre', 'en')).toBe('establish');
    expect(strongTitleVerb('Signer l’accord', 'fr')).toBe('signer');
    expect(strongTitleVerb('Construire', 'fr')).toBe('construire');
  });

  test('finds none where the first word is not one, or is one of the other language', () => {
    expect(strongTitleVerb('Promote energy cooperation', 'en')).toBeUndefined();
    expect(strongTitleVerb('Establish a centre', 'fr')).toBeUndefined();
    expect(strongTitleVerb('', 'en')).toBeUndefined();
  });

  test('allows a strong title only to firm statements and undertakings', () => {
    expect(['firm', 'undertaking', 'advance', 'call', 'position', 'view'].filter((s) => allowsStrongTitle(s as Commitment['strength']))).toEqual(['firm', 'undertaking']);
  });
});
