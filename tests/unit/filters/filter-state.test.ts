import { expect, test } from 'vitest';
import { isDefaultTypes } from '../../../src/filters/filter-state';

test('the default statement types are undertakings alone', () => {
  expect(isDefaultTypes(['undertaking'])).toBe(true);
  expect(isDefaultTypes(['call'])).toBe(false);
  expect(isDefaultTypes(['undertaking', 'call'])).toBe(false);
  expect(isDefaultTypes(['call', 'undertaking'])).toBe(false);
});

test('no statement type at all is not the default', () => {
  expect(isDefaultTypes([])).toBe(false);
});
