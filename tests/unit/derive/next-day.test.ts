import { expect, test } from 'vitest';
import { nextDay } from '../../../src/derive/next-day';

test('gives the day after a date, as a bare ISO day, across months, leap days and years', () => {
  expect(nextDay('2024-03-01')).toBe('2024-03-02');
  expect(nextDay('2024-02-28')).toBe('2024-02-29');
  expect(nextDay('2023-02-28')).toBe('2023-03-01');
  expect(nextDay('2023-12-31')).toBe('2024-01-01');
});
