/**
 * What a large corpus costs: a synthetic corpus folder (many readouts, some statements linked to
 * earlier ones) opened through "Open folder…" in the built page, with the CPU throttled 4× as the
 * bench throttles it, then clicks on the map. Prints the load, the longest task during it (also
 * unthrottled), and each click beside the relayout floor measured next to it, as medians.
 *
 * Usage: npm run bench:corpus [-- --size 10000] [--runs 3] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { median } from './bench/budgets';
import { clickCountries } from './bench/in-page';
import { CPU_THROTTLE, openThrottled, VIEWPORT } from './bench/measure-run';
import { serveCompressed } from './bench/serve-compressed';
import { writeSyntheticDataset } from './generate-dataset';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const size = Number(option('--size', '10000'));
const runs = Number(option('--runs', '3'));
const folder = `reports/bench-data/corpus-${size}`;
const outDir = 'reports/bench-build/corpus';

const bytes = writeSyntheticDataset(size, folder, true);
console.log(`generated ${folder}: ${size} commitments in ${Math.ceil((size - 46) / 40) + 1} readouts, ${(bytes / 1e6).toFixed(1)} MB of JSON`);
if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await serveCompressed(outDir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

interface Run {
  loadMs: number;
  longestTaskMs: number;
  clicks: number[];
  floors: number[];
}

/** Opens the corpus in a fresh page; times it from the files' arrival to the views drawn with it. */
async function openCorpus(browser: Browser, throttled: boolean, clicks: number): Promise<Run> {
  const { page, close } = throttled ? await openThrottled(browser) : await (async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    return { page: await context.newPage(), close: () => context.close() };
  })();
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('charts-ready').length > 0, null, { timeout: 120_000 });
    await page.evaluate(`(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' });
      const input = document.querySelector('.open-dataset--folder input');
      input.addEventListener('change', () => { window.__opened = performance.now(); }, { capture: true, once: true });
    })()`);
    await page.locator('.open-dataset--folder input').setInputFiles(folder);
    // Drawn with the corpus once the readout filter lists its readouts (the embedded dataset has one).
    await page.waitForFunction(() => document.querySelectorAll('.readout-filter__counts').length > 1, null, { timeout: 600_000, polling: 50 }).catch(async () => {
      throw new Error(`the corpus did not show: ${(await page.locator('[role="alert"]').allTextContents()).join(' ')}`);
    });
    const { loadMs, longestTaskMs } = await page.evaluate<{ loadMs: number; longestTaskMs: number }>(`new Promise((done) => requestAnimationFrame(() => setTimeout(() => done({ loadMs: performance.now() - window.__opened, longestTaskMs: window.__longest }), 0)))`);
    const measured = clicks > 0 ? await page.evaluate<{ clicks: number[]; floors: number[] }>(clickCountries(clicks)) : { clicks: [], floors: [] };
    return { loadMs, longestTaskMs, ...measured };
  } finally {
    await close();
  }
}

try {
  const throttled: Run[] = [];
  const unthrottled: Run[] = [];
  for (let run = 0; run < runs; run++) {
    throttled.push(await openCorpus(browser, true, 20));
    unthrottled.push(await openCorpus(browser, false, 0));
  }
  const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
  const clicks = median(throttled.flatMap((r) => r.clicks.slice(6)));
  const floor = median(throttled.flatMap((r) => r.floors.slice(6)));
  console.log(`\nCorpus of ${size} commitments, medians of ${runs} runs (CPU ${CPU_THROTTLE}× slower unless said):`);
  console.log(`  open folder → views drawn         ${ms(median(throttled.map((r) => r.loadMs)))}   (unthrottled ${ms(median(unthrottled.map((r) => r.loadMs)))})`);
  console.log(`  longest task while opening        ${ms(median(throttled.map((r) => r.longestTaskMs)))}   (unthrottled ${ms(median(unthrottled.map((r) => r.longestTaskMs)))})`);
  console.log(`  click → all views updated         ${ms(clicks)} / relayout floor ${ms(floor)} = ${(clicks / floor).toFixed(2)}×`);
} finally {
  await browser.close();
  await server.close();
}
