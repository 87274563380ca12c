/**
 * The mutation score of each mutated folder, from Stryker's JSON report: the share of mutants the
 * tests kill (or that hang them) among those that ran or that no test reached, as Stryker counts
 * it; mutants that do not compile or crash on their own count for nothing.
 */
export interface MutationReport {
  files: Record<string, { mutants: readonly { status: string }[] }>;
}

export interface FolderScore {
  folder: string;
  killed: number;
  total: number;
  /** Percent, or null for a folder without a mutant. */
  score: number | null;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** One score per folder under `src/` (`src/data/x.ts` → `data`), in alphabetical order. */
export function folderScores(report: MutationReport): FolderScore[] {
  const folders = new Map<string, { killed: number; total: number }>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = file.replace(/^src\//, '').split('/')[0] ?? file;
    const counts = folders.get(folder) ?? { killed: 0, total: 0 };
    for (const { status } of mutants) {
      if (DETECTED.has(status)) counts.killed++;
      if (DETECTED.has(status) || UNDETECTED.has(status)) counts.total++;
    }
    folders.set(folder, counts);
  }
  return [...folders]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([folder, { killed, total }]) => ({ folder, killed, total, score: total === 0 ? null : (100 * killed) / total }));
}
