/** One cold visit of the dashboard at 4× CPU throttling, and everything the benchmark times in it. */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { armBrushTimer, clickCountries, emptyCanvasPng, encodeOnlyPng, measures } from './in-page';

export const CPU_THROTTLE = 4;
/** Every country selected and cleared once (six countries, two clicks each). */
export const WARM_UP_CLICKS = 12;
export const VIEWPORT = { width: 1366, height: 768 };
const EXPORT_VIEWS = [['Countries', 'map'], ['Cooperation domains by country', 'heatmap'], ['Pledge timeline', 'timeline'], ['Undertakings', 'list']] as const;

export interface RunResult {
  /** Compressed bytes transferred before charts-ready, by kind. */
  bytes: { js: number; css: number; data: number; map: number; fonts: number };
  /**
   * Every view shows its data on screen: the frame that shows the views the build drew into the
   * page (mark `views-painted`), or else the one where the script has drawn them (`charts-ready`).
   */
  chartsReadyMs: number;
  /** The script has drawn every view, or taken over those the build drew: the views respond (`charts-ready`). */
  interactiveMs: number;
  clickMs: number[];
  /** The relayout floor, measured next to each click. */
  relayoutMs: number[];
  brushMs: number[];
  /** PNG export at 2×, by view. */
  exportMs: Record<string, number>;
  /** An empty canvas of each exported image's size, filled and encoded: the floor under its export. */
  exportFloorMs: Record<string, number>;
  /** Each exported image encoded again as PNG: what encoding that very picture costs. */
  exportEncodeMs: Record<string, number>;
  heapAfterLoad: number;
  /** After a first round of clicks (every country selected and cleared once): code and caches warmed. */
  heapAfterWarmUp: number;
  heapAfterClicks: number;
  /** The rendered page, scripts removed: the static floor to compare with. */
  staticHtml: string;
}

export interface RunOptions {
  clicks: number;
  brushes: number;
  exports: boolean;
  /** How long loading may take before the run fails. */
  timeoutMs: number;
}

/** Opens a page with its CPU slowed down and animations off. */
export async function openThrottled(browser: Browser): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', acceptDownloads: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  return { page, cdp, close: () => context.close() };
}

function kindOf(url: string): keyof RunResult['bytes'] | undefined {
  const path = new URL(url).pathname;
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.startsWith('/data/')) return 'data';
  if (path.startsWith('/map/')) return 'map';
  if (path.endsWith('.woff2') || path.endsWith('.woff')) return 'fonts';
  return undefined;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

export async function measureRun(browser: Browser, url: string, options: RunOptions): Promise<RunResult> {
  const { page, cdp, close } = await openThrottled(browser);
  try {
    const bytes: RunResult['bytes'] = { js: 0, css: 0, data: 0, map: 0, fonts: 0 };
    const urls = new Map<string, string>();
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      const kind = kindOf(urls.get(e.requestId) ?? 'http://x/');
      if (kind) bytes[kind] += e.encodedDataLength;
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('charts-ready').length > 0, null, { timeout: options.timeoutMs, polling: 100 });
    const [painted, interactiveMs] = await page.evaluate(() => ['views-painted', 'charts-ready'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN));
    const chartsReadyMs = Number.isFinite(painted) ? (painted ?? NaN) : (interactiveMs ?? NaN);
    const loadedBytes = { ...bytes };
    const staticHtml = await page.evaluate<string>(`(() => {
      const copy = document.documentElement.cloneNode(true);
      copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((el) => el.remove());
      return '<!doctype html>' + copy.outerHTML;
    })()`);
    const heapAfterLoad = await heapUsed(cdp);
    // A first round of clicks compiles the code clicks run and fills the caches they use once;
    // the growth after it, over the clicks that are timed, is what clicks keep.
    await page.evaluate(clickCountries(WARM_UP_CLICKS));
    const heapAfterWarmUp = await heapUsed(cdp);

    const { clicks: clickMs, floors: relayoutMs } = await page.evaluate<{ clicks: number[]; floors: number[] }>(clickCountries(options.clicks));
    const heapAfterClicks = await heapUsed(cdp);

    const brushMs: number[] = [];
    // The timeline's brush: its left handle dragged into the axis's last tenth, which leaves out
    // the day of most statements, so that every view changes.
    const handle = page.locator('.recharts-brush-traveller').first();
    const track = page.locator('.timeline__brush');
    for (let i = 0; i < options.brushes; i++) {
      await handle.scrollIntoViewIfNeeded();
      const [grip, box] = [await handle.boundingBox(), await track.boundingBox()];
      if (!grip || !box) throw new Error('the timeline has no brush');
      await page.evaluate(armBrushTimer);
      const from = grip.x + grip.width / 2;
      const y = grip.y + grip.height / 2;
      await page.mouse.move(from, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * (0.9 + 0.015 * (i % 5)), y, { steps: 4 });
      await page.mouse.up();
      brushMs.push(await page.evaluate<number>('window.__brushed'));
      await page.getByRole('button', { name: 'All dates' }).click();
    }

    const exportMs: Record<string, number> = {};
    const exportFloorMs: Record<string, number> = {};
    const exportEncodeMs: Record<string, number> = {};
    const imageSizes = new Map<string, { width: number; height: number }>();
    const images = new Map<string, Buffer>();
    if (options.exports) {
      // The first export loads the export code; it is left out.
      for (const [round, views] of [[0, EXPORT_VIEWS.slice(0, 1)], [1, EXPORT_VIEWS]] as const) {
        for (const [title, view] of views) {
          await page.getByRole('button', { name: `Export: ${title}` }).click();
          await page.getByRole('radio', { name: 'PNG', exact: true }).check();
          await page.getByRole('radio', { name: '2×', exact: true }).check();
          const download = page.waitForEvent('download', { timeout: options.timeoutMs });
          await page.getByRole('button', { name: 'Download' }).click();
          const path = await (await download).path();
          if (round === 1) {
            images.set(view, readFileSync(path));
            imageSizes.set(view, pngSize(readFileSync(path)));
          }
        }
        if (round === 1) {
          for (const [, view] of EXPORT_VIEWS) exportMs[view] = (await page.evaluate<number[]>(measures(`export:${view}:png:2x`))).at(-1) ?? NaN;
        }
      }
      for (const [view, { width, height }] of imageSizes) exportFloorMs[view] = await page.evaluate<number>(emptyCanvasPng(width, height));
      for (const [view, png] of images) exportEncodeMs[view] = await page.evaluate<number>(encodeOnlyPng(png.toString('base64')));
    }
    if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
    return { bytes: loadedBytes, chartsReadyMs, interactiveMs: interactiveMs ?? NaN, clickMs, relayoutMs, brushMs, exportMs, exportFloorMs, exportEncodeMs, heapAfterLoad, heapAfterWarmUp, heapAfterClicks, staticHtml };
  } finally {
    await close();
  }
}

/** Time until the static floor page has loaded (no script runs there). */
export async function measureFloor(browser: Browser, url: string): Promise<number> {
  const { page, close } = await openThrottled(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return nav.loadEventEnd;
    });
  } finally {
    await close();
  }
}

/** A PNG's pixel size, from its header (IHDR: width and height, big-endian, at bytes 16 and 20). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('the export is not a PNG image');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
