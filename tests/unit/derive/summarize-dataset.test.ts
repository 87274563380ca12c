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

  test('counts per country the undertakings and every statement, a collective one for each country it concerns', () => {
    expect(summary.perCountry).toEqual([
      { id: 'CHN', undertakings: 1, all: 2 },
      { id: 'KAZ', undertakings: 1, all: 1 },
      { id: 'KGZ', undertakings: 0, all: 1 },
    ]);
  });

  test('counts statements by type and by strength, strongest first', () => {
    expect(summary.perType).toEqual([
      { type: 'undertaking', count: 1 },
      { type: 'call', count: 0 },
      { type: 'position', count: 1 },
      { type: 'assessment', count: 0 },
    ]);
    expect(summary.perStrength.map((s) => s.strength)).toEqual(['firm', 'undertaking', 'advance', 'call', 'position', 'view']);
    expect(summary.perStrength.find((s) => s.strength === 'position')?.count).toBe(1);
  });

  test('counts undertakings per domain in taxonomy order, zeros included', () => {
    expect(summary.perDomain).toEqual([
      { id: 'energy', groupId: 'economy', count: 1 },
      { id: 'trade', groupId: 'economy', count: 1 },
      { id: 'culture', groupId: 'people', count: 0 },
    ]);
  });
});
