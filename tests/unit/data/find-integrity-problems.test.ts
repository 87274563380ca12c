import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../../src/data/find-integrity-problems';
import type { Dataset } from '../../../src/data/schema';
import { FIXTURE_TEXTS, makeCommitment, makeDataset, quote } from '../../fixtures/make-dataset';
import { span } from '../../fixtures/make-dataset';

const problemsOf = (dataset: Dataset, texts: Record<string, string> = FIXTURE_TEXTS) => findIntegrityProblems(dataset, texts);

describe('findIntegrityProblems', () => {
  test('finds nothing wrong in a valid dataset', () => {
    expect(problemsOf(makeDataset())).toEqual([]);
  });

  test('reports a duplicate id with its collection and index', () => {
    const dataset = makeDataset();
    dataset.commitments.push(makeCommitment());
    expect(problemsOf(dataset)).toEqual(['commitments[2] "energy-trade": duplicate id: commitments[0] "energy-trade" has it already']);
  });

  test('reports an unknown country reference with record id and field', () => {
    const dataset = makeDataset({ commitments: [makeCommitment({ countryIds: ['CHN', 'KAZ', 'XYZ'] })] });
    expect(problemsOf(dataset)).toEqual(['commitments[0] "energy-trade" › countryIds[2]: unknown country "XYZ"']);
  });

  test('reports an unknown domain reference', () => {
    const dataset = makeDataset({ commitments: [makeCommitment({ domainIds: ['mining'] })] });
    expect(problemsOf(dataset)).toEqual(['commitments[0] "energy-trade" › domainIds[0]: unknown domain "mining"']);
  });

  test('reports unknown event, person and maker references', () => {
    const dataset = makeDataset({
      commitments: [makeCommitment({ eventIds: ['never'], speakerIds: ['nobody'], makerIds: ['ZZZ'], countryIds: ['CHN', 'KAZ', 'ZZZ'] })],
    });
    expect(problemsOf(dataset)).toEqual([
      'commitments[0] "energy-trade" › makerIds[0]: unknown country "ZZZ"',
      'commitments[0] "energy-trade" › countryIds[2]: unknown country "ZZZ"',
      'commitments[0] "energy-trade" › eventIds[0]: unknown event "never"',
      'commitments[0] "energy-trade" › speakerIds[0]: unknown person "nobody"',
    ]);
  });

  test('reports a meeting whose place does not exist', () => {
    const dataset = makeDataset();
    dataset.meetings[0] = { ...dataset.meetings[0]!, placeId: 'atlantis' };
    expect(problemsOf(dataset)).toEqual(['meetings[0] "fixture-meeting" › placeId: unknown place "atlantis"']);
  });

  test('reports a domain in a group that does not exist', () => {
    const dataset = makeDataset();
    dataset.domains[0] = { ...dataset.domains[0]!, groupId: 'misc' };
    expect(problemsOf(dataset)).toEqual(['domains[0] "energy" › groupId: unknown domain group "misc"']);
  });

  test('reports evidence that cites an unknown source', () => {
    const evidence = { ...quote('L’année dernière, la Chine a soutenu le Kirghizstan dans la culture.'), sourceId: 'elsewhere' };
    const dataset = makeDataset({ commitments: [makeCommitment({ evidence: [evidence] })] });
    expect(problemsOf(dataset)).toContain('commitments[0] "energy-trade" › evidence[0] › sourceId: unknown source "elsewhere"');
  });

  test('reports a quote that is not in the source at all', () => {
    const evidence = { ...quote('La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.'), quote: 'La Chine construira une fusée.' };
    const dataset = makeDataset({ commitments: [makeCommitment({ evidence: [evidence] })] });
    expect(problemsOf(dataset)).toEqual([
      'commitments[0] "energy-trade" › evidence[0]: quote not found verbatim in source "fixture-source": "La Chine construira une fusée."',
    ]);
  });

  test('reports a quote whose apostrophe differs from the source', () => {
    const real = quote('L’année dernière, la Chine a soutenu le Kirghizstan dans la culture.');
    const dataset = makeDataset({ commitments: [makeCommitment({ evidence: [{ ...real, quote: real.quote.replace('’', "'") }] })] });
    expect(problemsOf(dataset)[0]).toMatch(/evidence\[0\]: quote not found verbatim/);
  });

  test('reports a quote found elsewhere than its offsets, with the right offsets', () => {
    const real = quote('L’année dernière, la Chine a soutenu le Kirghizstan dans la culture.');
    const dataset = makeDataset({ commitments: [makeCommitment({ evidence: [{ ...real, start: real.start - 1, end: real.end - 1 }], cues: [span('a soutenu')] })] });
    expect(problemsOf(dataset)).toEqual([
      `commitments[0] "energy-trade" › evidence[0]: quote is in source "fixture-source" at ${real.start}–${real.end}, not at ${real.start - 1}–${real.end - 1}`,
    ]);
  });

  test('reports a date range whose start is after its end', () => {
    const dataset = makeDataset();
    const event = dataset.events[1]!;
    dataset.events[1] = { ...event, when: { ...event.when, start: '2024-01-01', end: '2023-01-01' } };
    expect(problemsOf(dataset)).toEqual(['events[1] "last-year" › when: start 2024-01-01 is after end 2023-01-01']);
  });

  test('reports date wording that the event evidence does not contain', () => {
    const dataset = makeDataset();
    const event = dataset.events[1]!;
    dataset.events[1] = { ...event, when: { ...event.when, wording: 'l’an passé' } };
    expect(problemsOf(dataset)).toEqual(['events[1] "last-year" › when: "l’an passé" is not in the record\'s quoted evidence (or give wordingAt)']);
  });

  test('reports a spelling that no source uses', () => {
    const dataset = makeDataset();
    dataset.countries[2] = { ...dataset.countries[2]!, sourceSpellings: ['Kirghizstan', 'Kyrgyzstan'] };
    expect(problemsOf(dataset)).toEqual(['countries[2] "KGZ" › sourceSpellings[1]: "Kyrgyzstan" does not occur in any source']);
  });

  test('reports a source whose text could not be read, once', () => {
    expect(problemsOf(makeDataset(), {})).toEqual(['sources[0] "fixture-source" › file: the source file "sources/fixture.fr.txt" could not be read']);
  });
});
