import { describe, expect, test } from 'vitest';
import { dateProblems } from '../../../src/data/date-problems';
import type { Evidence, TimeRange } from '../../../src/data/schema';
import { fixtureDay, quote, span } from '../../fixtures/make-dataset';

const FIRST = 'Le 1er mars 2024, Qin Gang a reçu à Xi’an le ministre du Kazakhstan.';
const LAST = 'L’année dernière, la Chine a soutenu le Kirghizstan dans la culture.';
const quotes: Evidence[] = [quote(FIRST)];

/** A date in the words "L’année dernière", which the record's last quote holds. */
const lastYear = (change: Partial<TimeRange>): TimeRange => ({
  start: '2023-01-01', end: '2023-12-31', precision: 'year', wording: 'L’année dernière', resolution: { en: 'The year before.', fr: 'L’année précédente.' }, ...change,
});
const inLast = (when: TimeRange) => dateProblems(when, [quote(FIRST), quote(LAST)]);

describe('the bounds of a date', () => {
  test('a day, a year, an open range and an unknown date with the bounds they need have no problem', () => {
    expect(dateProblems(fixtureDay(), quotes)).toEqual([]);
    expect(inLast(lastYear({}))).toEqual([]);
    expect(inLast(lastYear({ precision: 'open', end: null }))).toEqual([]);
    expect(inLast(lastYear({ precision: 'open', start: null }))).toEqual([]);
    expect(inLast(lastYear({ precision: 'unknown', start: null, end: null }))).toEqual([]);
  });

  test('an unknown date with either bound', () => {
    expect(inLast(lastYear({ precision: 'unknown', end: null }))).toEqual(['an unknown date has no start or end (write null)']);
    expect(inLast(lastYear({ precision: 'unknown', start: null }))).toEqual(['an unknown date has no start or end (write null)']);
  });

  test('an open-ended date with both bounds or neither', () => {
    expect(inLast(lastYear({ precision: 'open' }))).toEqual(['an open-ended date has exactly one bound (the other null)']);
    expect(inLast(lastYear({ precision: 'open', start: null, end: null }))).toEqual(['an open-ended date has exactly one bound (the other null)']);
  });

  test('a year with one bound missing', () => {
    const needsBoth = 'a date of precision "year" needs both start and end (use "open" or "unknown" for a bound the text does not give)';
    expect(inLast(lastYear({ start: null }))).toEqual([needsBoth]);
    expect(inLast(lastYear({ end: null }))).toEqual([needsBoth]);
  });

  test('a start after the end, but not one on the same day', () => {
    expect(inLast(lastYear({ start: '2024-01-01' }))).toEqual(['start 2024-01-01 is after end 2023-12-31']);
    expect(inLast(lastYear({ precision: 'span', start: '2023-12-31' }))).toEqual([]);
  });

  test('a day that is two days', () => {
    expect(dateProblems({ ...fixtureDay(), end: '2024-03-02' }, quotes)).toEqual(['a day has one date, not 2024-03-01 to 2024-03-02']);
  });

  test('a day without its date says only that it needs both bounds', () => {
    expect(dateProblems({ ...fixtureDay(), start: null, end: null }, quotes)).toEqual([
      'a date of precision "day" needs both start and end (use "open" or "unknown" for a bound the text does not give)',
    ]);
  });
});

describe('the words of a date', () => {
  test('wording found in any one of the record\'s quotes', () => {
    expect(inLast(lastYear({}))).toEqual([]);
    expect(dateProblems(lastYear({}), quotes)).toEqual(['"L’année dernière" is not in the record\'s quoted evidence (or give wordingAt)']);
  });

  test('wording given where it stands, which must be the same words', () => {
    expect(dateProblems(lastYear({ wordingAt: span('L’année dernière') }), quotes)).toEqual([]);
    expect(dateProblems(lastYear({ wordingAt: span('Le 1er mars 2024') }), quotes)).toEqual(['wordingAt holds "Le 1er mars 2024", not the wording "L’année dernière"']);
  });

  test('a day the words do not give', () => {
    expect(dateProblems({ ...fixtureDay(), start: '2024-03-02', end: '2024-03-02' }, quotes)).toEqual([
      'dated 2024-03-02 to the day, but its words "Le 1er mars 2024" do not give that day',
    ]);
  });
});
