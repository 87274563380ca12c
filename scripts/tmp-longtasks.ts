// Longest task while loading, unthrottled: from navigation until the script has taken every view over.
import { chromium } from 'playwright-core';
import { serveCompressed } from './bench/serve-compressed';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
const root = process.argv[2] ?? 'dist';
const server = await serveCompressed(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(`window.__tasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });`);
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => performance.getEntriesByName('charts-ready').length > 0, null, { timeout: 600000, polling: 200 });
  await page.waitForTimeout(500);
  const r = await page.evaluate(`({ tasks: window.__tasks, painted: Math.round(performance.getEntriesByName('views-painted')[0]?.startTime ?? -1), ready: Math.round(performance.getEntriesByName('charts-ready')[0].startTime) })`) as { tasks: number[][]; painted: number; ready: number };
  const longest = Math.max(0, ...r.tasks.map((t) => t[1] ?? 0));
  console.log(root, 'views painted', r.painted, 'interactive', r.ready, 'longest task', longest, 'ms; tasks over 50 ms:', JSON.stringify(r.tasks));
  await page.close();
}
await browser.close();
await server.close();
