import { expect, test } from 'vitest';
import { isSpecificTo } from '../../../src/derive/is-specific-to';
import { makeCommitment } from '../../fixtures/make-dataset';

test('a bilateral commitment is specific to its partner and to China', () => {
  const bilateral = makeCommitment({ countryIds: ['CHN', 'KAZ'] });
  expect([isSpecificTo(bilateral, 'KAZ'), isSpecificTo(bilateral, 'CHN')]).toEqual([true, true]);
});

test('a commitment to several partners is specific to none of them', () => {
  const trio = makeCommitment({ countryIds: ['CHN', 'KGZ', 'UZB'] });
  expect([isSpecificTo(trio, 'KGZ'), isSpecificTo(trio, 'CHN')]).toEqual([false, false]);
});

test('a commitment is never specific to a country it does not concern', () => {
  expect(isSpecificTo(makeCommitment({ countryIds: ['CHN', 'KAZ'] }), 'UZB')).toBe(false);
});
