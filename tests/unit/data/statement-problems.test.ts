import { describe, expect, test } from 'vitest';
import type { Commitment, Source, TimeRange } from '../../../src/data/schema';
import { statementProblems } from '../../../src/data/statement-problems';
import { fixtureDay, makeCommitment, makeDataset, quote, span } from '../../fixtures/make-dataset';

const ENERGY = 'La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.';
const sources = new Map<string, Source>(makeDataset().sources.map((s) => [s.id, s]));
const problemsOf = (change: Partial<Commitment>) => statementProblems(makeCommitment(change), sources);

describe('one coded statement', () => {
  test('a valid statement has no problem', () => {
    expect(problemsOf({})).toEqual([]);
  });

  test('lists every strength its type may have', () => {
    expect(problemsOf({ strength: 'call' })).toEqual([
      ['strength', '"call" is not a strength of a undertaking (one of: firm, undertaking, advance)'],
      ['cues', 'a "call" strength needs a cue with its marker words (\\b(?:doi[st]|doivent|devons|devez|devrai\\w*|faut|should|must|need to)\\b); cues are "renforceront"'],
    ]);
  });

  test('wants each cue inside a quote of the same source, up to its very end', () => {
    const evidence = quote(ENERGY);
    const last = span('commerce.');
    expect(last.end).toBe(evidence.end);
    expect(problemsOf({ cues: [span('renforceront'), last] })).toEqual([]);
    const beyond = { ...span('renforceront'), end: evidence.end + 1 };
    expect(problemsOf({ cues: [beyond] })).toEqual([['cues[0]', `"renforceront" (${beyond.start}–${beyond.end}) is not inside any of the record's quotes`]]);
    const elsewhere = { ...span('renforceront'), sourceId: 'another-source' };
    expect(problemsOf({ cues: [elsewhere] })).toEqual([['cues[0]', `"renforceront" (${elsewhere.start}–${elsewhere.end}) is not inside any of the record's quotes`]]);
  });

  test('wants one cue with the marker words of a firm statement, and lists the cues when none has them', () => {
    const firmly = { sourceId: 'fixture-source', text: 'renforceront fermement', start: quote(ENERGY).start + 26, end: quote(ENERGY).start + 48 };
    expect(problemsOf({ strength: 'firm', cues: [span('renforceront'), firmly] })).toEqual([]);
    expect(problemsOf({ strength: 'firm', cues: [span('renforceront'), span('coopération')] })).toEqual([
      ['cues', 'a "firm" strength needs a cue with its marker words (fermement|résolument|firmly|resolutely); cues are "renforceront", "coopération"'],
    ]);
  });

  test('allows an agreement dated the day the statement was made', () => {
    const sameDay: TimeRange = { ...fixtureDay(), precision: 'open', start: '2024-03-01', end: null };
    expect(problemsOf({ agreed: sameDay })).toEqual([]);
    expect(problemsOf({ agreed: { ...sameDay, start: '2024-03-02' } })).toEqual([['agreed', 'agreed from 2024-03-02, after it was stated (2024-03-01)']]);
  });

  test('allows two statuses of the same day, in the order given', () => {
    const entry = (status: 'announced' | 'in-progress', asOf: string) => ({ status, asOf, evidence: quote(ENERGY) });
    expect(problemsOf({ statusHistory: [entry('announced', '2024-03-01'), entry('in-progress', '2024-03-01')] })).toEqual([]);
  });
});
