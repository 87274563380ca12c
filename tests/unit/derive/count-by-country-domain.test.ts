import { describe, expect, test } from 'vitest';
import { countByCountryDomain } from '../../../src/derive/count-by-country-domain';
import { makeCommitment } from '../../fixtures/make-dataset';

describe('countByCountryDomain', () => {
  test('counts a commitment once in each of its country × domain cells', () => {
    const cells = countByCountryDomain([makeCommitment()], ['CHN', 'KAZ'], ['energy', 'trade']);
    expect(cells).toEqual([
      { countryId: 'CHN', domainId: 'energy', count: 1 },
      { countryId: 'CHN', domainId: 'trade', count: 1 },
      { countryId: 'KAZ', domainId: 'energy', count: 1 },
      { countryId: 'KAZ', domainId: 'trade', count: 1 },
    ]);
  });

  test('includes empty cells as zeros', () => {
    const cells = countByCountryDomain([makeCommitment()], ['KGZ'], ['energy']);
    expect(cells).toEqual([{ countryId: 'KGZ', domainId: 'energy', count: 0 }]);
  });

  test('adds up several commitments in the same cell', () => {
    const commitments = [makeCommitment({ id: 'a' }), makeCommitment({ id: 'b', domainIds: ['energy'] })];
    expect(countByCountryDomain(commitments, ['KAZ'], ['energy'])[0]?.count).toBe(2);
  });

  test('counts a country listed twice in one commitment only once', () => {
    const cells = countByCountryDomain([makeCommitment({ countryIds: ['KAZ', 'KAZ'] })], ['KAZ'], ['trade']);
    expect(cells[0]?.count).toBe(1);
  });
});
