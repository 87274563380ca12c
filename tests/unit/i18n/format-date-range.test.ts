import { describe, expect, test } from 'vitest';
import { formatDateRange, formatDay } from '../../../src/i18n/format-date-range';

describe('formatDateRange', () => {
  test('writes a whole year as the year', () => {
    expect(formatDateRange({ start: '2022-01-01', end: '2022-12-31' }, 'en')).toBe('2022');
  });

  test('writes whole years as a span of years', () => {
    expect(formatDateRange({ start: '2023-01-01', end: '2053-12-31' }, 'fr')).toBe('2023–2053');
  });

  test('writes a single day once', () => {
    expect(formatDateRange({ start: '2023-04-26', end: '2023-04-26' }, 'fr')).toBe('26 avr. 2023');
  });

  test('does not shift the day across time zones', () => {
    expect(formatDay('2023-01-01', 'en')).toBe('1 Jan 2023');
  });
});
