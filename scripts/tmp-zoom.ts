import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
const [url, out, w = '1366', h = '900'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, deviceScaleFactor: 2 });
await page.goto(url!, { waitUntil: 'networkidle' });
const map = page.locator('svg').filter({ has: page.locator('path') }).first();
await map.screenshot({ path: out! });
await browser.close();
