import { describe, expect, test } from 'vitest';
import { summarizeDataset } from '../../../src/derive/summarize-dataset';
import { makeDataset } from '../../fixtures/make-dataset';

describe('summarizeDataset', () => {
  const summary = summarizeDataset(makeDataset());

  test('counts each record type', () => {
    expect(summary.records).toContainEqual({ type: 'commitments', count: 2 });
    expect(summary.records).toContainEqual({ type: 'countries', count: 3 });
    expect(summary.records).toContainEqual({ type: 'events', count: 2 });
  });

  test('counts commitments per country, a collective one for each country it concerns', () => {
    expect(summary.perCountry).toEqual([
      { id: 'CHN', count: 2 },
      { id: 'KAZ', count: 1 },
      { id: 'KGZ', count: 1 },
    ]);
  });

  test('counts commitments per domain in taxonomy order, zeros included', () => {
    expect(summary.perDomain).toEqual([
      { id: 'energy', groupId: 'economy', count: 1 },
      { id: 'trade', groupId: 'economy', count: 1 },
      { id: 'culture', groupId: 'people', count: 1 },
    ]);
  });
});
