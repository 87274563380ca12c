import { describe, expect, test } from 'vitest';
import { DatasetError } from '../../../src/data/dataset-error';
import { parseDataset, validateDataset, validateDatasetInSlices } from '../../../src/data/parse-dataset';
import { makeDataset } from '../../fixtures/make-dataset';

function errorOf(body: string): DatasetError {
  try {
    parseDataset(body, 'dataset.json');
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected parseDataset to throw');
}

const withChange = (change: (raw: Record<string, unknown>) => void) => {
  const raw = JSON.parse(JSON.stringify(makeDataset())) as Record<string, unknown>;
  change(raw);
  return JSON.stringify(raw);
};
const commitment = (raw: Record<string, unknown>) => (raw.commitments as Record<string, unknown>[])[0]!;

describe('parseDataset', () => {
  test('returns the dataset when it is valid', () => {
    expect(parseDataset(JSON.stringify(makeDataset()), 'dataset.json').commitments).toHaveLength(2);
  });

  test('says an empty file is empty', () => {
    const error = errorOf('  \n');
    expect([error.kind, error.file, error.problems]).toEqual(['empty', 'dataset.json', ['the file is empty']]);
  });

  test('says truncated JSON is not valid JSON', () => {
    const error = errorOf(JSON.stringify(makeDataset()).slice(0, 200));
    expect(error.kind).toBe('parse');
    expect(error.problems[0]).toMatch(/^not valid JSON \(/);
  });

  test('recognises an HTML page served instead of JSON', () => {
    expect(errorOf('<!doctype html><title>Not found</title>').problems).toEqual(['received an HTML page instead of JSON']);
  });

  test('names a missing field by its path and record id', () => {
    const error = errorOf(withChange((raw) => delete commitment(raw).title));
    expect(error.kind).toBe('schema');
    expect(error.problems).toEqual(['commitments[0] "energy-trade" › title: missing (expected object)']);
  });

  test('names an unexpected field', () => {
    const error = errorOf(withChange((raw) => (commitment(raw).budget = 100)));
    expect(error.problems).toEqual(['commitments[0] "energy-trade": unexpected field "budget"']);
  });

  test('names a wrongly typed field', () => {
    const error = errorOf(withChange((raw) => (commitment(raw).domainIds = 'energy')));
    expect(error.problems).toEqual(['commitments[0] "energy-trade" › domainIds: expected array, received string']);
  });

  test('rejects null where text is expected', () => {
    const error = errorOf(withChange((raw) => ((commitment(raw).title as Record<string, unknown>).fr = null)));
    expect(error.problems).toEqual(['commitments[0] "energy-trade" › title › fr: expected string, received null']);
  });

  test('requires both languages on every label', () => {
    const error = errorOf(withChange((raw) => delete (commitment(raw).title as Record<string, unknown>).fr));
    expect(error.problems).toEqual(['commitments[0] "energy-trade" › title › fr: missing (expected string)']);
  });

  test('rejects an impossible date', () => {
    const error = errorOf(withChange((raw) => ((commitment(raw).stated as { start: string }).start = '2023-02-30')));
    expect(error.problems).toEqual(['commitments[0] "energy-trade" › stated › start: Invalid ISO date']);
  });

  test('rejects a country id that is not ISO alpha-3', () => {
    const error = errorOf(withChange((raw) => (commitment(raw).countryIds = ['CHN', 'kz'])));
    expect(error.problems).toEqual(['commitments[0] "energy-trade" › countryIds[1]: an ISO 3166-1 alpha-3 code']);
  });

  test('rejects a NaN offset (which JSON can only carry as null or a string)', () => {
    const error = errorOf(withChange((raw) => ((commitment(raw).evidence as Record<string, unknown>[])[0]!.start = 'NaN')));
    expect(error.problems).toEqual(['commitments[0] "energy-trade" › evidence[0] › start: expected number, received string']);
  });

  test('lists at most twenty problems, then how many more', () => {
    const error = errorOf(withChange((raw) => (raw.commitments = Array.from({ length: 30 }, (_, i) => ({ id: `c-${i}` })))));
    expect(error.problems).toHaveLength(21);
    expect(error.problems[20]).toMatch(/^… and \d+ more problems$/);
  });
});

describe('checking a large dataset in slices', () => {
  const big = () => {
    const dataset = JSON.parse(JSON.stringify(makeDataset())) as { commitments: Record<string, unknown>[] };
    const base = dataset.commitments[0] ?? {};
    dataset.commitments = Array.from({ length: 2500 }, (_, i) => ({ ...base, id: `c-${i}` }));
    return dataset;
  };

  test('gives the same dataset as checking it at once', async () => {
    const raw = big();
    expect(await validateDatasetInSlices(raw, 'big.json')).toEqual(validateDataset(raw, 'big.json'));
  });

  test('gives the same problems, in the same words and order, with their indexes in the whole file', async () => {
    const raw = big() as { title: unknown; commitments: Record<string, unknown>[] };
    raw.title = 5;
    raw.commitments[3]!.strength = 'maybe';
    raw.commitments[1999]!.kind = undefined;
    raw.commitments[2400]!.extra = true;
    const problems = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as DatasetError).problems;
      }
      return [];
    };
    const atOnce = problems(() => validateDataset(raw, 'big.json'));
    let sliced: readonly string[] = [];
    await validateDatasetInSlices(raw, 'big.json').catch((error: unknown) => (sliced = (error as DatasetError).problems));
    expect(atOnce.length).toBe(4);
    expect(sliced).toEqual(atOnce);
    expect(sliced.join('\n')).toContain('commitments[2400] "c-2400": unexpected field "extra"');
  });
});
