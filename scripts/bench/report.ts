/** The bench's tables, as plain text. */
import { LIGHTHOUSE_PERFORMANCE, median, type BudgetResult, type SizeSummary } from './budgets';
import type { LighthouseScores } from './lighthouse';
import { CPU_THROTTLE } from './measure-run';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 100 ? 1 : 0)} ms` : '—');
const ratio = (value: number, floor: number) => (Number.isFinite(value / floor) ? `${(value / floor).toFixed(2)}×` : '—');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function printSummaries(summaries: readonly SizeSummary[]): void {
  const views = [...new Set(summaries.flatMap((s) => Object.keys(s.exportMs)))];
  const rows: [string, (s: SizeSummary) => string][] = [
    ['initial JS (entry + preloads)', (s) => kb(s.initialJsBytes)],
    ['all JS before charts-ready', (s) => kb(s.jsBytes)],
    ['CSS', (s) => kb(s.cssBytes)],
    ['data (dataset + sources)', (s) => kb(s.dataBytes)],
    ['map geometry', (s) => kb(s.mapBytes)],
    ['charts-ready (every view painted with its data)', (s) => ms(s.chartsReadyMs)],
    ['  static floor (load)', (s) => ms(s.floorMs)],
    ['  ratio', (s) => ratio(s.chartsReadyMs, s.floorMs)],
    ['interactive (the script has taken the views over)', (s) => ms(s.interactiveMs)],
    ['  ratio to static floor', (s) => ratio(s.interactiveMs, s.floorMs)],
    ['click → all views painted', (s) => ms(s.clickMs)],
    ['brush → all views painted', (s) => ms(s.brushMs)],
    ['  relayout floor', (s) => ms(s.relayoutMs)],
    ['  click ratio', (s) => ratio(s.clickMs, s.relayoutMs)],
    ['  brush ratio', (s) => ratio(s.brushMs, s.relayoutMs)],
    ...views.flatMap((v): [string, (s: SizeSummary) => string][] => [
      [`PNG export 2×, ${v}`, (s) => ms(s.exportMs[v] ?? NaN)],
      [`  empty canvas that size`, (s) => ms(s.exportFloorMs[v] ?? NaN)],
      [`  ratio`, (s) => ratio(s.exportMs[v] ?? NaN, s.exportFloorMs[v] ?? NaN)],
      [`  encoding that image alone`, (s) => ms(s.exportEncodeMs[v] ?? NaN)],
    ]),
    ['JS heap after load', (s) => mb(s.heapAfterLoad)],
    ['heap growth, first 12 clicks', (s) => mb(s.heapWarmUp)],
    ['heap growth, next 100 clicks', (s) => mb(s.heapGrowth)],
  ];
  console.log(table(['', ...summaries.map((s) => s.size)], rows.map(([name, cell]) => [name, ...summaries.map(cell)])));
}

/** What the host costs before the app does anything, to read the load budgets against. */
export function printHost(blankPageMs: number): void {
  console.log(`\nAn empty page, served and throttled the same way, loads in ${ms(blankPageMs)} on this host.`);
}

export function printBudgets(results: readonly BudgetResult[]): void {
  console.log('\nBudgets');
  console.log(
    table(
      ['', 'size', 'measured', 'budget', ''],
      results.map((r) => [r.what, r.size, r.unit === '×' ? `${r.value.toFixed(2)}×` : `${r.value.toFixed(1)} ${r.unit}`, r.unit === '×' ? `${r.limit}×` : `${r.limit} ${r.unit}`, r.ok ? 'ok' : 'OVER']),
    ),
  );
}

/** Prints the Lighthouse medians; true when they meet their targets (or were not run). */
export function printLighthouse(runs: readonly LighthouseScores[]): boolean {
  if (runs.length === 0) return true;
  const perf = median(runs.map((r) => r.performance));
  const a11y = median(runs.map((r) => r.accessibility));
  const best = median(runs.map((r) => r.bestPractices));
  const ok = perf >= LIGHTHOUSE_PERFORMANCE && a11y === 1 && best === 1;
  console.log(`\nLighthouse (mobile), median of ${runs.length}: performance ${perf.toFixed(2)} (target ${LIGHTHOUSE_PERFORMANCE.toFixed(2)}), accessibility ${a11y.toFixed(2)} (1.00), best practices ${best.toFixed(2)} (1.00) ${ok ? 'ok' : 'OVER'}`);
  console.log(`  performance per run: ${runs.map((r) => r.performance.toFixed(2)).join(', ')}`);
  const index = median(runs.map((r) => r.benchmarkIndex));
  // DevTools' CPU calibration scores a mid-tier phone (Pixel 5) at 1,000 and a low-tier one at 264.
  console.log(`  host CPU benchmark index ${index.toFixed(0)}: throttled ${CPU_THROTTLE}×, it stands for a device of about ${(index / CPU_THROTTLE).toFixed(0)} (mid-tier phone 1,000, low-tier 264)`);
  const failing = [...new Set(runs.flatMap((r) => r.failing))];
  if (failing.length) console.log(`  audits below 1: ${failing.join(', ')}`);
  return ok;
}
