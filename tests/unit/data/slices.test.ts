import { describe, expect, test } from 'vitest';
import { runAtOnce, runInSlices } from '../../../src/data/slices';

/** Work in three slices, noting each in `log`, whose result is "done". */
function* threeSlices(log: string[]): Generator<void, string> {
  for (const slice of ['first', 'second', 'third']) {
    log.push(slice);
    if (slice !== 'third') yield;
  }
  return 'done';
}

describe('runAtOnce', () => {
  test('runs every slice and returns the result', () => {
    const log: string[] = [];
    expect(runAtOnce(threeSlices(log))).toBe('done');
    expect(log).toEqual(['first', 'second', 'third']);
  });
});

describe('runInSlices', () => {
  test('runs every slice and resolves to the result', async () => {
    const log: string[] = [];
    await expect(runInSlices(threeSlices(log))).resolves.toBe('done');
    expect(log).toEqual(['first', 'second', 'third']);
  });

  test('lets waiting work run between two slices', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('page painted'), 0);
    await runInSlices(threeSlices(log));
    expect(log).toEqual(['first', 'page painted', 'second', 'third']);
  });
});
