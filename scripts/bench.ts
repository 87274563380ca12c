/**
 * The performance benchmark: builds the page once per dataset size (the embedded dataset, then
 * synthetic ones, each embedded in its own build), serves each build gzip-compressed from a local
 * server, and drives Chromium with the CPU throttled 4× and animations off. It reports medians over interleaved runs, with a static
 * floor (the rendered page saved without script) for comparison, then Lighthouse on the
 * embedded dataset. `--check` exits non-zero when a budget is broken.
 *
 * Usage: npm run bench [-- --check] [--sizes seed,1k,10k,100k] [--runs 5] [--no-lighthouse] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { checkBudgets, median, type SizeSummary } from './bench/budgets';
import { initialJsBytes } from './bench/initial-js';
import { runLighthouse, type LighthouseScores } from './bench/lighthouse';
import { BLANK_PAGE, measureBlankPage } from './bench/measure-host';
import { CPU_THROTTLE, measureFloor, measureRun, type RunResult } from './bench/measure-run';
import { printBudgets, printHost, printLighthouse, printSummaries } from './bench/report';
import { serveCompressed, type CompressedServer } from './bench/serve-compressed';
import { writeSyntheticDataset } from './generate-dataset';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const value = args[args.indexOf(name) + 1];
  return args.includes(name) && value ? value : fallback;
};
const check = args.includes('--check');
const sizes = option('--sizes', check ? 'seed,10k' : 'seed,1k,10k,100k').split(',');
const runs = Number(option('--runs', '5'));
const LIGHTHOUSE_RUNS = 5;

const commitmentsOf = (size: string) => Number(size.replace(/k$/, '000'));
if (sizes.some((s) => s !== 'seed' && !(commitmentsOf(s) > 0))) {
  console.error(`--sizes: expected "seed" or numbers such as 1k, 10k or 2500, got "${sizes.join(',')}"`);
  process.exit(2);
}

// Each size is a build of its own with that dataset embedded, as a site embedding it would be
// built: checked by the build, and its default view drawn into the page.
const builds = new Map<string, string>();
for (const size of sizes) {
  const outDir = size === 'seed' ? 'dist' : `reports/bench-build/${size}`;
  builds.set(size, outDir);
  if (args.includes('--no-build')) continue;
  const env = { ...process.env };
  if (size !== 'seed') {
    const dir = `reports/bench-data/${size}`;
    mkdirSync(dir, { recursive: true });
    const bytes = writeSyntheticDataset(commitmentsOf(size), dir);
    console.log(`generated ${dir}: ${commitmentsOf(size)} commitments, ${(bytes / 1e6).toFixed(1)} MB of JSON`);
    env.DASHBOARD_DATA = dir;
  }
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const servers = new Map<string, CompressedServer>();
for (const [size, outDir] of builds) servers.set(size, await serveCompressed(outDir));
const server = servers.get(sizes[0] ?? 'seed');
if (!server) throw new Error('no size to measure');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results: Record<string, RunResult[]> = Object.fromEntries(sizes.map((s) => [s, []]));
const floors: Record<string, number[]> = Object.fromEntries(sizes.map((s) => [s, []]));
const blankPage: number[] = [];
server.addPage('/blank.html', BLANK_PAGE);
try {
  // Interleaved: each round visits every size and its floor once, so a noisy moment of a shared
  // machine falls on all of them rather than on one.
  for (let round = 1; round <= runs; round++) {
    blankPage.push(await measureBlankPage(browser, `${server.url}/blank.html`));
    for (const size of sizes) {
      const big = size !== 'seed' && commitmentsOf(size) > 20_000;
      // The largest sizes take minutes a run: they are measured in the first two rounds only.
      if (big && round > 2) continue;
      const sized = servers.get(size) ?? server;
      const run = await measureRun(browser, `${sized.url}/`, { clicks: big ? 10 : 100, brushes: big ? 2 : 5, exports: true, timeoutMs: big ? 600_000 : 120_000 });
      results[size]?.push(run);
      sized.addPage(`/floor-${size}.html`, run.staticHtml);
      floors[size]?.push(await measureFloor(browser, `${sized.url}/floor-${size}.html`));
      console.log(`round ${round}/${runs}, ${size}: charts-ready ${run.chartsReadyMs.toFixed(0)} ms, click median ${median(run.clickMs).toFixed(1)} ms`);
    }
  }
} finally {
  await browser.close();
}

const initialJs = initialJsBytes(builds.get(sizes[0] ?? 'seed') ?? 'dist');
const summaries: SizeSummary[] = sizes.map((size) => {
  const list = results[size] ?? [];
  const m = (pick: (r: RunResult) => number) => median(list.map(pick));
  const views = Object.keys(list[0]?.exportMs ?? {});
  return {
    size,
    initialJsBytes: initialJs,
    jsBytes: m((r) => r.bytes.js),
    cssBytes: m((r) => r.bytes.css),
    dataBytes: m((r) => r.bytes.data),
    mapBytes: m((r) => r.bytes.map),
    chartsReadyMs: m((r) => r.chartsReadyMs),
    interactiveMs: m((r) => r.interactiveMs),
    floorMs: median(floors[size] ?? []),
    clickMs: m((r) => median(r.clickMs)),
    relayoutMs: m((r) => median(r.relayoutMs)),
    brushMs: m((r) => median(r.brushMs)),
    exportMs: Object.fromEntries(views.map((v) => [v, m((r) => r.exportMs[v] ?? NaN)])),
    exportFloorMs: Object.fromEntries(views.map((v) => [v, m((r) => r.exportFloorMs[v] ?? NaN)])),
    exportEncodeMs: Object.fromEntries(views.map((v) => [v, m((r) => r.exportEncodeMs[v] ?? NaN)])),
    heapAfterLoad: m((r) => r.heapAfterLoad),
    heapWarmUp: m((r) => r.heapAfterWarmUp - r.heapAfterLoad),
    heapGrowth: m((r) => r.heapAfterClicks - r.heapAfterWarmUp),
  };
});

const lighthouse: LighthouseScores[] = [];
const seedServer = servers.get('seed');
if (!args.includes('--no-lighthouse') && seedServer) {
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) lighthouse.push(await runLighthouse(`${seedServer.url}/`));
}
await Promise.all([...servers.values()].map((s) => s.close()));

console.log(`\nChromium, CPU throttled ${CPU_THROTTLE}×, 1366×768, animations off; medians of ${runs} interleaved runs (sizes over 20k: 2 runs, 10 clicks); bytes are gzip as transferred.\n`);
printSummaries(summaries);
printHost(median(blankPage));
const budgets = checkBudgets(summaries);
printBudgets(budgets);
const lighthouseOk = printLighthouse(lighthouse);
if (check && (budgets.some((b) => !b.ok) || !lighthouseOk)) {
  console.log('\nOver budget.');
  process.exit(1);
}
