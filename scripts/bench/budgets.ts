/** The performance budgets the README promises, and the check of a bench summary against them. */

/** Medians over the runs at one dataset size. */
export interface SizeSummary {
  /** "seed" for the embedded dataset, otherwise the number of commitments ("10k"). */
  size: string;
  jsBytes: number;
  cssBytes: number;
  dataBytes: number;
  mapBytes: number;
  chartsReadyMs: number;
  floorMs: number;
  clickMs: number;
  brushMs: number;
  exportMs: Record<string, number>;
  /** An empty canvas of each exported image's size, filled and encoded as PNG. */
  exportFloorMs: Record<string, number>;
  /** Each exported image encoded again as PNG, alone. */
  exportEncodeMs: Record<string, number>;
  heapAfterLoad: number;
  heapGrowth: number;
}

export interface BudgetResult {
  size: string;
  what: string;
  value: number;
  limit: number;
  unit: 'KB' | 'ms' | 'MB';
  ok: boolean;
}

const KB = 1024;
const MB = 1024 * 1024;

/** Budgets by dataset size; sizes not named here are measured but not judged. */
const TIME_BUDGETS: Record<string, { chartsReadyMs: number; clickMs: number }> = {
  seed: { chartsReadyMs: 1000, clickMs: 50 },
  '10k': { chartsReadyMs: 1600, clickMs: 120 },
};
export const JS_BUDGET_BYTES = 250 * KB;
export const MAP_BUDGET_BYTES = 60 * KB;
const EXPORT_BUDGET_MS = 300;
const HEAP_GROWTH_BUDGET_BYTES = 2 * MB;

export function checkBudgets(summaries: readonly SizeSummary[]): BudgetResult[] {
  const results: BudgetResult[] = [];
  const judge = (size: string, what: string, value: number, limit: number, unit: BudgetResult['unit']) => {
    const scale = unit === 'KB' ? KB : unit === 'MB' ? MB : 1;
    results.push({ size, what, value: value / scale, limit: limit / scale, unit, ok: value <= limit });
  };
  for (const s of summaries) {
    const times = TIME_BUDGETS[s.size];
    if (!times) continue;
    judge(s.size, 'initial JS (gzip)', s.jsBytes, JS_BUDGET_BYTES, 'KB');
    judge(s.size, 'map geometry (gzip)', s.mapBytes, MAP_BUDGET_BYTES, 'KB');
    judge(s.size, 'charts-ready', s.chartsReadyMs, times.chartsReadyMs, 'ms');
    judge(s.size, 'click → all views updated', s.clickMs, times.clickMs, 'ms');
    for (const [view, ms] of Object.entries(s.exportMs)) judge(s.size, `PNG export 2×, ${view}`, ms, EXPORT_BUDGET_MS, 'ms');
    judge(s.size, 'heap growth after 100 clicks', s.heapGrowth, HEAP_GROWTH_BUDGET_BYTES, 'MB');
  }
  return results;
}

/** The median; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}
