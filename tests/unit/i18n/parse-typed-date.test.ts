import { expect, test } from 'vitest';
import { parseTypedDate } from '../../../src/i18n/parse-typed-date';

test('reads a date typed day first, in figures or in English or French words, or as ISO', () => {
  expect(parseTypedDate('26/04/2023')).toBe('2023-04-26');
  expect(parseTypedDate('26.4.2023')).toBe('2023-04-26');
  expect(parseTypedDate('26 Apr 2023')).toBe('2023-04-26');
  expect(parseTypedDate('26 avr. 2023')).toBe('2023-04-26');
  expect(parseTypedDate('1er mars 2024')).toBe('2024-03-01');
  expect(parseTypedDate(' 2053-04-26 ')).toBe('2053-04-26');
});

test('refuses what is not a day of the calendar', () => {
  expect(parseTypedDate('04/26/2023')).toBeNull();
  expect(parseTypedDate('30 Feb 2023')).toBeNull();
  expect(parseTypedDate('26 Foo 2023')).toBeNull();
  expect(parseTypedDate('2023')).toBeNull();
  expect(parseTypedDate('')).toBeNull();
});
