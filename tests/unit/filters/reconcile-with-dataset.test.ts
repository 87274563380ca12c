import { expect, test } from 'vitest';
import { DEFAULT_STATE } from '../../../src/filters/filter-state';
import { reconcileWithDataset } from '../../../src/filters/reconcile-with-dataset';
import { makeDataset } from '../../fixtures/make-dataset';

const dataset = makeDataset();

test('keeps a state whose ids all exist, unchanged', () => {
  const state = { ...DEFAULT_STATE, countries: ['KAZ'], domains: ['energy'], focusedId: 'energy-trade' };
  expect(reconcileWithDataset(state, dataset)).toEqual({ state, notices: [] });
  // The very same state, so that nothing downstream sees a change.
  expect(reconcileWithDataset(state, dataset).state).toBe(state);
});

test('drops countries, domains and a focused record the dataset does not have, saying which', () => {
  const state = { ...DEFAULT_STATE, countries: ['KAZ', 'TKM'], domains: ['mining'], sources: ['fixture-source', 'fm-2030-readout'], focusedId: 'gone' };
  const result = reconcileWithDataset(state, dataset);
  expect(result.state).toEqual({ ...DEFAULT_STATE, countries: ['KAZ'], domains: [], sources: ['fixture-source'], focusedId: null });
  expect(result.notices).toEqual([
    { param: 'c', value: 'TKM', problem: 'unknown-country' },
    { param: 'd', value: 'mining', problem: 'unknown-domain' },
    { param: 'src', value: 'fm-2030-readout', problem: 'unknown-source' },
    { param: 'focus', value: 'gone', problem: 'unknown-record' },
  ]);
});
