import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { FIXTURE_SOURCE_TEXT } from '../../fixtures/make-dataset';
import { runScript, writeDatasetFolder } from './run-script';

describe('npm run data:locate', () => {
  test('fills in the offsets of pasted quotes, and then data:check passes', () => {
    const path = writeDatasetFolder((d) => {
      for (const evidence of d.commitments.flatMap((c) => c.evidence)) Object.assign(evidence, { start: 0, end: 1 });
    });
    expect(runScript('data-check.ts', path).status).toBe(1);
    const { status, stdout } = runScript('locate-quotes.ts', path);
    expect(status).toBe(0);
    expect(stdout).toContain('2 quote offsets updated');
    const evidence = (JSON.parse(readFileSync(path, 'utf8')) as Dataset).commitments[0]!.evidence[0]!;
    expect(FIXTURE_SOURCE_TEXT.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect(runScript('data-check.ts', path).status).toBe(0);
  });

  test('refuses a quote that is not in the source, and writes nothing', () => {
    const path = writeDatasetFolder((d) => (d.commitments[0]!.evidence[0]!.quote = 'Texte inventé.'));
    const before = readFileSync(path, 'utf8');
    const { status, stderr } = runScript('locate-quotes.ts', path);
    expect(status).toBe(1);
    expect(stderr).toContain('commitments[0] › evidence[0]: quote not found verbatim in the source');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('asks which place is meant when a quote occurs more than once', () => {
    const path = writeDatasetFolder((d) => Object.assign(d.commitments[0]!.evidence[0]!, { quote: 'Kazakhstan', start: 0, end: 0 }));
    const { status, stderr } = runScript('locate-quotes.ts', path);
    expect(status).toBe(1);
    expect(stderr).toMatch(/commitments\[0\] › evidence\[0\]: quote occurs 2 times \(at \d+, \d+\)/);
  });
});
