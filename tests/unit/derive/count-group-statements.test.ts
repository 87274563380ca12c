import { describe, expect, test } from 'vitest';
import { countGroupStatements } from '../../../src/derive/count-group-statements';
import { makeCommitment } from '../../fixtures/make-dataset';

const COLUMNS = ['CHN', 'KAZ', 'KGZ'];
const ECONOMY = ['energy', 'trade'];

describe('countGroupStatements', () => {
  test('counts a statement in two of the group\'s domains once, not once per domain', () => {
    const both = makeCommitment({ id: 'both', countryIds: ['CHN', 'KAZ'], domainIds: ['energy', 'trade'] });
    expect(countGroupStatements([both], ECONOMY, COLUMNS)).toEqual([1, 1, 0]);
  });

  test('adds statements in different domains of the group', () => {
    const energy = makeCommitment({ id: 'energy', countryIds: ['CHN', 'KAZ'], domainIds: ['energy'] });
    const trade = makeCommitment({ id: 'trade', countryIds: ['CHN', 'KGZ'], domainIds: ['trade'] });
    expect(countGroupStatements([energy, trade], ECONOMY, COLUMNS)).toEqual([2, 1, 1]);
  });

  test('leaves out statements in none of the group\'s domains', () => {
    const culture = makeCommitment({ id: 'culture', countryIds: ['CHN', 'KAZ'], domainIds: ['culture'] });
    expect(countGroupStatements([culture], ECONOMY, COLUMNS)).toEqual([0, 0, 0]);
  });

  test('counts a statement that is also in another group\'s domain', () => {
    const mixed = makeCommitment({ id: 'mixed', countryIds: ['KAZ'], domainIds: ['culture', 'trade'] });
    expect(countGroupStatements([mixed], ECONOMY, COLUMNS)).toEqual([0, 1, 0]);
  });

  test('counts only the columns asked for, and a country listed twice once', () => {
    const twice = makeCommitment({ id: 'twice', countryIds: ['KAZ', 'KAZ', 'UZB'], domainIds: ['energy'] });
    expect(countGroupStatements([twice], ECONOMY, ['KAZ'])).toEqual([1]);
  });
});
