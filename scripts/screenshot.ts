// Takes a screenshot of a page in headless Chromium, to look at what the dashboard shows.
// Usage: npx tsx scripts/screenshot.ts <url> <out.png> [width] [height] [--full] [--dark]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const [url, out, width = '1366', height = '768'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('Usage: npx tsx scripts/screenshot.ts <url> <out.png> [width] [height] [--full]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
    colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
  });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
