import { expect, test } from 'vitest';
import { folderScores } from '../../../scripts/lib/mutation-score';

const mutants = (statuses: Record<string, number>) => Object.entries(statuses).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })));

test('scores each folder as Stryker does: killed and timed out among those run or not reached', () => {
  const scores = folderScores({
    files: {
      'src/data/a.ts': { mutants: mutants({ Killed: 6, Survived: 1, NoCoverage: 1 }) },
      'src/data/b.ts': { mutants: mutants({ Timeout: 2, CompileError: 5, RuntimeError: 1, Ignored: 3 }) },
      'src/derive/c.ts': { mutants: mutants({ Killed: 17, Survived: 3 }) },
      'src/export/d.ts': { mutants: mutants({ Ignored: 2 }) },
    },
  });
  expect(scores).toEqual([
    { folder: 'data', killed: 8, total: 10, score: 80 },
    { folder: 'derive', killed: 17, total: 20, score: 85 },
    { folder: 'export', killed: 0, total: 0, score: null },
  ]);
});
