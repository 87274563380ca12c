import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { LAPTOP, PHONE, listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const later = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits for the page to paint `count` frames. */
const frames = (page: Page, count: number) =>
  page.evaluate((n) => new Promise<void>((done) => {
    const step = (left: number) => (left === 0 ? setTimeout(done, 0) : requestAnimationFrame(() => step(left - 1)));
    step(n);
  }), count);

/**
 * Slows the dataset down and holds the map's borders back until `release` is called, so the page
 * is seen loading; records every layout shift.
 */
function slowLoad(): { prepare: (page: Page) => Promise<void>; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  const prepare = async (page: Page) => {
    await page.addInitScript(`window.__shifts = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });`);
    await page.route('**/data/dataset.json', async (route) => (await later(400), route.continue()));
    await page.route('**/map/*.json', async (route) => (await held, route.continue()));
  };
  return { prepare, release };
}

/**
 * Lets the late files arrive, waits for every view, and checks that the map is drawn at full size
 * in the space kept for it and that nothing moved on the way.
 */
async function arrive(page: Page, load: ReturnType<typeof slowLoad>, mapHeight: number): Promise<void> {
  // The dataset is in and the views are drawn around the missing borders before they are let through.
  await listHeading(page).waitFor();
  await frames(page, 2);
  load.release();
  await mapReady(page);
  // Shifts are reported once the frames that make them are painted: two more frames, then read.
  await frames(page, 2);
  const drawn = await page.getByRole('region', { name: 'Countries' }).getByRole('group', { name: 'Countries' }).boundingBox();
  expect(drawn?.height).toBeGreaterThan(mapHeight);
  const shifts = await page.evaluate<number[]>('window.__shifts');
  const total = shifts.reduce((sum, v) => sum + v, 0);
  // Lighthouse calls under 0.1 good; before the frame and the header kept their size, a phone scored 0.35.
  expect(total, `layout shifts: ${shifts.map((v) => v.toFixed(3)).join(', ')}`).toBeLessThan(0.02);
}

describe('the page holds still while it loads', () => {
  // The smallest map height each layout gives: a phone's map is 70% as high as wide; a laptop's fills its grid cell.
  for (const [name, viewport, mapHeight] of [['phone', PHONE, 200], ['laptop', LAPTOP, 120]] as const) {
    // A link with filters is drawn by the script: the map waits for its borders in its own frame.
    test(`on a ${name}, a link with filters: nothing moves when the dataset and the map's borders arrive`, async () => {
      const load = slowLoad();
      await withDashboard(
        browser,
        async (page) => {
          const map = page.getByRole('region', { name: 'Countries' });
          // The borders are late: the map says so in its own frame, and its table is already there.
          await map.getByRole('status').filter({ hasText: 'Loading the borders…' }).waitFor({ timeout: 15_000 });
          await map.getByText('Data table').waitFor({ timeout: 15_000 });
          await arrive(page, load, mapHeight);
        },
        { viewport, prepare: load.prepare, path: '/?d=trade' },
      );
    });

    // The default view is in the page as built: the map is there before its borders are fetched.
    test(`on a ${name}, the page as built: the map is drawn before its borders arrive, and nothing moves when the script takes over`, async () => {
      const load = slowLoad();
      await withDashboard(
        browser,
        async (page) => {
          const map = page.getByRole('region', { name: 'Countries' });
          await map.getByRole('group', { name: 'Countries' }).waitFor();
          expect(await map.getByRole('status').count()).toBe(0);
          await arrive(page, load, mapHeight);
        },
        { viewport, prepare: load.prepare, waitUntil: 'commit' },
      );
    });
  }

  test('on a laptop, clicking countries leaves every panel where it was: the timeline keeps its room', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        const boxes = () =>
          page.evaluate(() => ['.view--map', '.view--heatmap', '.view--timeline', '.timeline__plot'].map((selector) => {
            const box = document.querySelector(selector)?.getBoundingClientRect();
            return box ? `${selector} ${Math.round(box.top)} ${Math.round(box.height)}` : `${selector} missing`;
          }));
        const before = await boxes();
        for (const name of ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan']) {
          const country = page.getByRole('button', { name: new RegExp(`^${name}: \\d+ undertakings`) });
          await country.click();
          await expect.poll(() => country.getAttribute('aria-pressed')).toBe('true');
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
          expect(await boxes()).toEqual(before);
        }
      },
      { viewport: LAPTOP },
    );
  });
});
