import { expect, test } from 'vitest';
import { dayOf, knownBounds } from '../../../src/derive/known-bounds';
import { fixtureDay } from '../../fixtures/make-dataset';

const when = (start: string | null, end: string | null) => ({ ...fixtureDay(), start, end });

test('gives the days a date covers when the text gives both bounds', () => {
  expect(knownBounds(when('2023-05-01', '2023-05-31'))).toEqual({ start: '2023-05-01', end: '2023-05-31' });
});

test('gives no days for a date open at either end, or unknown', () => {
  expect(knownBounds(when(null, '2023-05-31'))).toBeNull();
  expect(knownBounds(when('2023-05-01', null))).toBeNull();
  expect(knownBounds(when(null, null))).toBeNull();
});

test('names the one day of a date that gives a day', () => {
  expect(dayOf(when('2023-05-19', '2023-05-19'))).toBe('2023-05-19');
});

test('names no day for a month, an open-ended or an unknown date', () => {
  expect(dayOf(when('2023-05-01', '2023-05-31'))).toBeNull();
  expect(dayOf(when('2023-05-01', null))).toBeNull();
  expect(dayOf(when(null, '2023-05-31'))).toBeNull();
  expect(dayOf(when(null, null))).toBeNull();
});
