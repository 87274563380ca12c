import { expect, test } from 'vitest';
import { currentStatus, describeRecord, describeStrength } from '../../../src/derive/describe-record';
import { makeCommitment, quote } from '../../fixtures/make-dataset';

const names = new Map([['CHN', 'China'], ['KAZ', 'Kazakhstan'], ['KGZ', 'Kyrgyzstan']]);
const energy = quote('La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.');

test('says the statement type alone where the strength says no more, else both', () => {
  expect(describeStrength(makeCommitment(), 'en')).toBe('Undertaking');
  expect(describeStrength(makeCommitment({ strength: 'firm' }), 'en')).toBe('Undertaking (firm undertaking)');
  expect(describeStrength(makeCommitment({ strength: 'firm' }), 'fr')).toBe('Engagement (engagement ferme)');
});

test('a record\'s status is the latest of its history', () => {
  const history = makeCommitment({
    statusHistory: [
      { status: 'announced', asOf: '2023-04-26', evidence: energy },
      { status: 'in-progress', asOf: '2024-12-05', evidence: energy },
      { status: 'completed', asOf: '2025-06-17', evidence: energy },
    ],
  });
  expect(currentStatus(history)).toBe('completed');
  expect(currentStatus(makeCommitment({ statusHistory: [] }))).toBe('announced');
});

test('one line of facts: type and strength, who, when stated, status, subject', () => {
  const stalled = makeCommitment({ strength: 'firm', statusHistory: [{ status: 'announced', asOf: '2024-03-01', evidence: energy }, { status: 'stalled', asOf: '2025-01-01', evidence: energy }] });
  expect(describeRecord(stalled, names, 'en')).toBe('Undertaking (firm undertaking) · China and Kazakhstan · 1 Mar 2024 · Stalled · Field of cooperation');
  expect(describeRecord(makeCommitment(), names, 'fr')).toBe('Engagement · China et Kazakhstan · 1 mars 2024 · Annoncé · Domaine de coopération');
});
