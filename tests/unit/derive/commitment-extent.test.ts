import { describe, expect, test } from 'vitest';
import { commitmentExtent } from '../../../src/derive/commitment-extent';
import { indexById } from '../../../src/derive/index-by-id';
import { makeCommitment, makeDataset } from '../../fixtures/make-dataset';

const events = indexById(makeDataset().events);

describe('commitmentExtent', () => {
  test('is the day it was made when it refers to no event', () => {
    expect(commitmentExtent(makeCommitment(), events)).toEqual({ start: '2024-03-01', end: '2024-03-01' });
  });

  test('stretches back to cover an earlier event it refers to', () => {
    expect(commitmentExtent(makeCommitment({ eventIds: ['last-year'] }), events)).toEqual({ start: '2023-01-01', end: '2024-03-01' });
  });
});

describe('the span of days a record touches', () => {
  test('runs to the end of a period it was stated over', () => {
    const march = { ...makeCommitment().stated, start: '2024-03-01', end: '2024-03-31', precision: 'month' as const };
    expect(commitmentExtent(makeCommitment({ stated: march }), events)).toEqual({ start: '2024-03-01', end: '2024-03-31' });
  });

  test('runs forward to a later event it refers to', () => {
    const later = indexById([{ ...makeDataset().events[1]!, id: 'next-year', when: { ...makeDataset().events[1]!.when, start: '2025-01-01', end: '2025-12-31' } }]);
    expect(commitmentExtent(makeCommitment({ eventIds: ['next-year'] }), later)).toEqual({ start: '2024-03-01', end: '2025-12-31' });
  });

  test('is none for a record dated nowhere', () => {
    const undated = { ...makeCommitment().stated, start: null, end: null, precision: 'unknown' as const };
    expect(commitmentExtent(makeCommitment({ stated: undated }), events)).toBeNull();
  });

  test('takes nothing from an event the dataset does not have', () => {
    expect(commitmentExtent(makeCommitment({ eventIds: ['gone', 'last-year'] }), events)).toEqual({ start: '2023-01-01', end: '2024-03-01' });
  });
});
