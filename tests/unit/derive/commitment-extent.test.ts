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
