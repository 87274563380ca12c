/**
 * The performance budgets, and the check of a bench summary against them. Every time is judged
 * as a ratio to a floor measured in the same run on the same host (the static page, a relayout of
 * the page, an empty canvas), so a budget holds on any machine; sizes are judged in bytes.
 */

/** Medians over the runs at one dataset size. */
export interface SizeSummary {
  /** "seed" for the embedded dataset, otherwise the number of commitments ("10k"). */
  size: string;
  /** The entry script and what the HTML preloads, gzip. */
  initialJsBytes: number;
  /** Every script fetched before charts-ready (the timeline's recharts chunk included), gzip. */
  jsBytes: number;
  cssBytes: number;
  dataBytes: number;
  mapBytes: number;
  /** Every view shows its data on screen. */
  chartsReadyMs: number;
  /** The script has drawn or taken over every view: they respond. Reported, not judged. */
  interactiveMs: number;
  /** The rendered page as static HTML, no script, served the same way: its load. */
  floorMs: number;
  clickMs: number;
  brushMs: number;
  /** The page restyled, laid out and painted once, in the same page, next to the clicks. */
  relayoutMs: number;
  exportMs: Record<string, number>;
  /** An empty canvas of each exported image's size, filled and encoded as PNG. */
  exportFloorMs: Record<string, number>;
  /** Each exported image encoded again as PNG, alone. */
  exportEncodeMs: Record<string, number>;
  heapAfterLoad: number;
  /** Over the first round of clicks, which compiles code and fills caches once. */
  heapWarmUp: number;
  /** Over the timed clicks after that round: what clicks keep. */
  heapGrowth: number;
}

export interface BudgetResult {
  size: string;
  what: string;
  value: number;
  limit: number;
  unit: 'KB' | 'MB' | '×';
  ok: boolean;
}

const KB = 1024;
const MB = 1024 * 1024;

interface SizeBudgets {
  chartsReadyRatio: number;
  clickRatio: number;
  brushRatio?: number;
  exportRatio?: number;
  heapGrowthBytes: number;
}

/** Budgets by dataset size (the table); sizes not named here are measured but not judged. */
const BUDGETS: Record<string, SizeBudgets> = {
  seed: { chartsReadyRatio: 1.25, clickRatio: 1.5, brushRatio: 2, exportRatio: 2, heapGrowthBytes: 2 * MB },
  '10k': { chartsReadyRatio: 1.5, clickRatio: 3, brushRatio: 4, exportRatio: 2, heapGrowthBytes: 2 * MB },
  '100k': { chartsReadyRatio: 3, clickRatio: 10, heapGrowthBytes: 5 * MB },
};
export const JS_BUDGET_BYTES = 250 * KB;
export const ALL_JS_BUDGET_BYTES = 320 * KB;
export const MAP_BUDGET_BYTES = 60 * KB;
/** Lighthouse mobile performance, median of five. */
export const LIGHTHOUSE_PERFORMANCE = 0.95;

export function checkBudgets(summaries: readonly SizeSummary[]): BudgetResult[] {
  const results: BudgetResult[] = [];
  const judge = (size: string, what: string, value: number, limit: number, unit: BudgetResult['unit']) => {
    const scale = unit === 'KB' ? KB : unit === 'MB' ? MB : 1;
    results.push({ size, what, value: value / scale, limit: limit / scale, unit, ok: value <= limit });
  };
  for (const s of summaries) {
    const budget = BUDGETS[s.size];
    if (!budget) continue;
    judge(s.size, 'initial JS (gzip)', s.initialJsBytes, JS_BUDGET_BYTES, 'KB');
    judge(s.size, 'all JS before charts-ready (gzip)', s.jsBytes, ALL_JS_BUDGET_BYTES, 'KB');
    judge(s.size, 'map geometry (gzip)', s.mapBytes, MAP_BUDGET_BYTES, 'KB');
    judge(s.size, 'charts-ready / static floor', s.chartsReadyMs / s.floorMs, budget.chartsReadyRatio, '×');
    judge(s.size, 'click → all views / relayout floor', s.clickMs / s.relayoutMs, budget.clickRatio, '×');
    if (budget.brushRatio !== undefined) judge(s.size, 'brush → all views / relayout floor', s.brushMs / s.relayoutMs, budget.brushRatio, '×');
    if (budget.exportRatio !== undefined) {
      for (const [view, ms] of Object.entries(s.exportMs)) judge(s.size, `PNG export 2×, ${view} / empty canvas`, ms / (s.exportFloorMs[view] ?? NaN), budget.exportRatio, '×');
    }
    judge(s.size, 'heap growth, 100 clicks after 12', s.heapGrowth, budget.heapGrowthBytes, 'MB');
  }
  // A figure that could not be measured (NaN) is never within budget.
  return results.map((r) => (Number.isNaN(r.value) ? { ...r, ok: false } : r));
}

/** The median; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}
