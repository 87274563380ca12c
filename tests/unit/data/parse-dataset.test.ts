import { describe, expect, test } from 'vitest';
import { DatasetError } from '../../../src/data/dataset-error';
import { limit, parseDataset, validateDataset, validateDatasetInSlices, validateWith } from '../../../src/data/parse-dataset';
import { sourceSchema, type Dataset } from '../../../src/data/schema';
import { countBreaths } from '../../fixtures/count-breaths';
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

  test('counts the problems left unlisted, and lists twenty in full', () => {
    const problems = (n: number) => Array.from({ length: n }, (_, i) => `problem ${i + 1}`);
    expect(limit(problems(20))).toEqual(problems(20));
    expect(limit(problems(30))).toEqual([...problems(20), '… and 10 more problems']);
  });

  test('says where an HTML page begins after blank lines, and does not take a stray "<" for one', () => {
    expect(errorOf('\n  <!doctype html>').problems).toEqual(['received an HTML page instead of JSON']);
    expect(errorOf('title <b>').problems).toEqual([expect.stringMatching(/^not valid JSON \(.+\)$/)]);
  });

  test('says a file that holds no object at all is not a dataset, at the top level', () => {
    expect(errorOf('[1]').problems).toEqual(['(top level): expected object, received array']);
    expect(errorOf('null').problems).toEqual(['(top level): expected object, received null']);
    expect(errorOf('5').problems).toEqual(['(top level): expected object, received number']);
    expect(errorOf('"dataset"').problems).toEqual(['(top level): expected object, received string']);
  });

  test('names a value that is not among the choices, as the file has it, cut short when long', () => {
    expect(errorOf(withChange((raw) => (commitment(raw).strength = 'Firm'))).problems).toEqual([
      'commitments[0] "energy-trade" › strength: "Firm" is not one of "firm"|"undertaking"|"advance"|"call"|"position"|"view"',
    ]);
    expect(errorOf(withChange((raw) => (commitment(raw).strength = 3))).problems).toEqual([
      'commitments[0] "energy-trade" › strength: 3 is not one of "firm"|"undertaking"|"advance"|"call"|"position"|"view"',
    ]);
    expect(errorOf(withChange((raw) => (commitment(raw).strength = 'a firm and binding undertaking by all six'))).problems).toEqual([
      'commitments[0] "energy-trade" › strength: "a firm and binding undertaking by all… is not one of "firm"|"undertaking"|"advance"|"call"|"position"|"view"',
    ]);
  });

  test('names unexpected fields at the top level, and several on one record', () => {
    expect(errorOf(withChange((raw) => Object.assign(raw, { budget: 1, owner: 'x' }))).problems).toEqual(['(top level): unexpected field "budget", "owner"']);
    expect(errorOf(withChange((raw) => Object.assign(commitment(raw), { budget: 1, owner: 'x' }))).problems).toEqual([
      'commitments[0] "energy-trade": unexpected field "budget", "owner"',
    ]);
  });

  test('names a missing choice by the values it may take', () => {
    expect(errorOf(withChange((raw) => delete commitment(raw).strength)).problems).toEqual([
      'commitments[0] "energy-trade" › strength: missing (expected "firm"|"undertaking"|"advance"|"call"|"position"|"view")',
    ]);
    expect(errorOf(withChange((raw) => delete (raw.sources as Record<string, unknown>[])[0]!.extent)).problems).toEqual([
      'sources[0] "fixture-source" › extent: missing (expected "complete"|"excerpt")',
    ]);
  });

  test('names a missing format version by the version it must be', () => {
    expect(errorOf(withChange((raw) => delete raw.schemaVersion)).problems).toEqual(['schemaVersion: missing (expected 3)']);
  });

  test('names a record without an id by its index alone', () => {
    expect(errorOf(withChange((raw) => (commitment(raw).id = 5))).problems).toEqual(['commitments[0] › id: expected string, received number']);
    expect(errorOf(withChange((raw) => ((raw.commitments as unknown[])[0] = null))).problems).toEqual(['commitments[0]: expected object, received null']);
  });

  test('says which version a dataset should be when its version is not a number, or an unknown older one', () => {
    expect(errorOf(withChange((raw) => (raw.schemaVersion = '4'))).problems).toEqual(['schemaVersion: expected 3']);
    expect(errorOf(withChange((raw) => (raw.schemaVersion = 0))).problems).toEqual(['schemaVersion: expected 3']);
    expect(errorOf(withChange((raw) => (raw.schemaVersion = 3.5))).problems).toEqual(['schemaVersion: 3.5 is newer than this dashboard, which reads version 3']);
  });
});

describe('checking a value built in code', () => {
  test('names a field that is there but undefined as missing', () => {
    const source = makeDataset().sources[0]!;
    expect(validateWith(sourceSchema, { ...source, file: undefined })).toEqual({ ok: false, problems: ['file: missing (expected string)'] });
    // A choice left unset in a form: missing, with the values it may take, not "undefined is not one of".
    expect(validateWith(sourceSchema, { ...source, extent: undefined })).toEqual({ ok: false, problems: ['extent: missing (expected "complete"|"excerpt")'] });
    expect(validateWith(sourceSchema, source)).toEqual({ ok: true, value: source });
  });
});

describe('checking a large dataset in slices', () => {
  const big = (length = 2500) => {
    const dataset = JSON.parse(JSON.stringify(makeDataset())) as { schemaVersion: number; title: unknown; commitments: Record<string, unknown>[] };
    const base = dataset.commitments[0] ?? {};
    dataset.commitments = Array.from({ length }, (_, i) => ({ ...base, id: `c-${i}` }));
    return dataset;
  };

  test('lets the page paint before each thousand commitments, and checks a thousand or fewer at once', async () => {
    const checked = await countBreaths(() => validateDatasetInSlices(big(2500), 'big.json'));
    expect(checked.breaths).toBe(3);
    expect(checked.value?.commitments).toHaveLength(2500);
    expect((await countBreaths(() => validateDatasetInSlices(big(2000), 'big.json'))).breaths).toBe(2);
    expect((await countBreaths(() => validateDatasetInSlices(big(1000), 'big.json'))).breaths).toBe(0);
    expect((await countBreaths(() => validateDatasetInSlices(makeDataset(), 'dataset.json'))).breaths).toBe(0);
  });

  test('explains a large dataset of an earlier version as such', async () => {
    const raw = { ...big(), schemaVersion: 2 };
    const error = await validateDatasetInSlices(raw, 'big.json').catch((e: unknown) => e as DatasetError);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).kind).toBe('schema');
    expect((error as DatasetError).problems).toEqual([expect.stringMatching(/^schemaVersion: 2 is the earlier format; this dashboard reads version 3/)]);
  });

  test('refuses a large dataset whose commitments are all valid but whose title is not', async () => {
    const raw = { ...big(), title: 5 };
    const error = await validateDatasetInSlices(raw, 'big.json').catch((e: unknown) => e as DatasetError);
    expect(error).toBeInstanceOf(DatasetError);
    expect([(error as DatasetError).kind, (error as DatasetError).file, (error as DatasetError).problems]).toEqual(['schema', 'big.json', ['title: expected object, received number']]);
  });

  test('refuses a large dataset for one bad commitment, everything else being valid', async () => {
    const raw = big();
    raw.commitments[1500]!.strength = 'maybe';
    await expect(validateDatasetInSlices(raw, 'big.json')).rejects.toMatchObject({
      kind: 'schema',
      problems: ['commitments[1500] "c-1500" › strength: "maybe" is not one of "firm"|"undertaking"|"advance"|"call"|"position"|"view"'],
    });
  });

  test('checks a file that is no object, or has no commitments, at once, naming what is wrong', async () => {
    await expect(validateDatasetInSlices(null, 'dataset.json')).rejects.toMatchObject({ kind: 'schema', problems: ['(top level): expected object, received null'] });
    const without: Partial<Dataset> = makeDataset();
    delete without.commitments;
    await expect(validateDatasetInSlices(without, 'dataset.json')).rejects.toMatchObject({ problems: ['commitments: missing (expected array)'] });
  });

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
