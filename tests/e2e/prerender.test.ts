import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { LAPTOP, listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Holds the page's own script back until `release` is called: what shows before it runs. */
function holdScript(): { prepare: (page: Page) => Promise<unknown>; release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((done) => (release = done));
  return {
    prepare: (page) =>
      page.route(/\/assets\/(index|start)-[\w-]+\.js$/, async (route) => {
        await gate;
        await route.continue();
      }),
    release: () => release(),
  };
}

/**
 * Whether an element is drawn for the eye: in the page, with a box, and not hidden, in a frame the
 * browser paints (none is painted before the page's stylesheets are in).
 */
const shown = (page: Page, selector: string) =>
  page.evaluate(async (s) => {
    await new Promise((painted) => requestAnimationFrame(painted));
    const element = document.querySelector(s);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility === 'visible';
  }, selector);

describe('the page the build draws ahead of time', () => {
  test('without any script, it shows every view with its data, and breaks none of its own rules', async () => {
    const html = await (await fetch(inject('baseUrl'))).text();
    // The page's policy refuses inline scripts and style attributes: the drawn page needs neither.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
    expect(html.match(/\sstyle="/g) ?? []).toEqual([]);

    const context = await browser.newContext({ viewport: LAPTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await page.goto(inject('baseUrl'));
      expect(await page.locator('.filter-bar__words').textContent()).toContain('29 undertakings');
      expect(await listHeading(page).textContent()).toBe('Undertakings (29)');
      expect(await page.locator('.commitment-list__item').count()).toBeGreaterThan(0);
      // The map: the six countries, each named with its count.
      expect(await page.locator('.map__country').count()).toBe(6);
      expect(await page.locator('.map__label').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Kazakhstan\s*19$/)]));
      // The heatmap: a cell with its count and its colour (a style the page's policy would have refused in HTML).
      const cell = page.getByRole('button', { name: 'China, Relations and partnerships: 5 undertakings' });
      expect(await cell.textContent()).toBe('5');
      expect(await cell.evaluate((c) => getComputedStyle(c).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      // The timeline, drawn without recharts: its marks, lanes and brush, inside its panel.
      expect(await page.locator('.timeline rect[data-mark]').count()).toBeGreaterThan(0);
      expect(await page.locator('.timeline .timeline__brush .recharts-brush-traveller').count()).toBe(2);
      const [chart, panel] = await Promise.all([page.locator('.timeline svg').first().boundingBox(), page.locator('.view--timeline').boundingBox()]);
      expect(chart && panel && chart.x + chart.width <= panel.x + panel.width).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the script takes the drawn page over without drawing it again, nothing moves, and nothing is refused', async () => {
    const held = holdScript();
    const tracked = await openPage(
      browser,
      '/',
      LAPTOP,
      async (page) => {
      await held.prepare(page);
      // Every shift of the layout from the start, as the browser reports it.
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      });
      },
      'commit',
    );
    const { page } = tracked;
    try {
      await page.locator('.app__title').waitFor();
      await page.locator('.heatmap__cell').first().waitFor();
      // As painted: no frame is, before the stylesheets are in.
      const before = await page.evaluate(async () => {
        await new Promise((painted) => requestAnimationFrame(painted));
        const kept = { title: document.querySelector('.app__title'), cell: document.querySelector('.heatmap__cell'), item: document.querySelector('.commitment-list__item') };
        Object.assign(window, { kept });
        return [...document.querySelectorAll('.view')].map((v) => v.getBoundingClientRect().toJSON() as DOMRect);
      });
      expect(await shown(page, '.view--map .map__country')).toBe(true);
      held.release();
      await mapReady(page);
      // The same elements: taken over (hydrated), not thrown away and drawn again.
      expect(await page.evaluate(() => Object.values((window as unknown as { kept: Record<string, Element> }).kept).map((e) => e.isConnected))).toEqual([true, true, true]);
      // Each style the build moved into its stylesheet is the element's own again, and the sheet is gone.
      expect(await page.locator('[data-ps]').count()).toBe(0);
      expect(await page.locator('link[data-prerendered-styles]').count()).toBe(0);
      const cell = page.getByRole('button', { name: 'China, Relations and partnerships: 5 undertakings' });
      expect(await cell.evaluate((c) => (c as HTMLElement).style.backgroundColor)).not.toBe('');
      // Every panel stays where it was drawn: no shift, by the browser's own count.
      const after = await page.evaluate(() => [...document.querySelectorAll('.view')].map((v) => v.getBoundingClientRect().toJSON() as DOMRect));
      expect(after.map((b) => [b.x, b.y, b.width])).toEqual(before.map((b) => [b.x, b.y, b.width]));
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0))).toBe(0);
      // And it works: a click on the map filters every view.
      await page.getByRole('button', { name: /^Kazakhstan ?: \d+/ }).click();
      await expect.poll(() => page.locator('.filter-bar__words').textContent()).toContain('Kazakhstan');
      expect(tracked.consoleErrors).toEqual([]);
      expect(tracked.pageErrors).toEqual([]);
    } finally {
      held.release();
      await tracked.close();
    }
  });

  test('a link with filters never shows the drawn numbers: only the title until the right view is drawn', async () => {
    const held = holdScript();
    await withDashboard(
      browser,
      async (page) => {
        await page.locator('.app__title').waitFor();
        expect(await shown(page, '.app__title')).toBe(true);
        for (const hidden of ['.heatmap__cell', '.filter-bar__words', '.app__subtitle', '.app__controls']) expect(await shown(page, hidden)).toBe(false);
        held.release();
        await mapReady(page);
        expect(await shown(page, '.filter-bar__words')).toBe(true);
        expect(await page.locator('.filter-bar__words').textContent()).toContain('Kazakhstan');
      },
      { path: '/?c=KAZ', prepare: held.prepare, waitUntil: 'commit' },
    );
  });

  const KEPT = [
    ['a theme of the user’s', 'china-central-asia-dashboard/preferences', JSON.stringify({ state: { theme: 'dark' }, version: 1 }), 'dark'],
    ['scenes of the user’s', 'china-central-asia-dashboard/scenes', JSON.stringify({ state: { scenes: [{ id: 'a', name: 'Kazakhstan', query: 'c=KAZ' }] }, version: 1 }), 'light'],
    ['a dataset opened on an earlier visit', 'china-central-asia-dashboard/opened-dataset', '1', 'light'],
  ] as const;
  for (const [what, key, value, theme] of KEPT) {
    test(`with ${what} kept, the drawn view is hidden before any script, in the right theme`, async () => {
      const held = holdScript();
      await withDashboard(
        browser,
        async (page) => {
          await page.locator('.app__title').waitFor();
          expect(await page.evaluate(() => [document.documentElement.dataset.prerender, document.documentElement.dataset.theme])).toEqual(['stale', theme]);
          expect(await shown(page, '.heatmap__cell')).toBe(false);
          held.release();
          await page.locator('.app__title').waitFor();
          await expect.poll(() => page.evaluate(() => document.documentElement.dataset.prerender ?? 'gone')).toBe('gone');
          await expect.poll(() => shown(page, '.app__controls')).toBe(true);
        },
        {
          prepare: async (page) => {
            await held.prepare(page);
            await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
          },
          waitUntil: 'commit',
        },
      );
    });
  }

  test('a dark system theme is on the page before it first paints, not after the script', async () => {
    const held = holdScript();
    const context = await browser.newContext({ viewport: LAPTOP, colorScheme: 'dark' });
    const page = await context.newPage();
    try {
      await held.prepare(page);
      await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
      await page.locator('.app__title').waitFor();
      expect(await page.evaluate(() => [document.documentElement.dataset.prerender ?? 'fresh', document.documentElement.dataset.theme])).toEqual(['fresh', 'dark']);
      expect(await shown(page, '.heatmap__cell')).toBe(true);
    } finally {
      held.release();
      await context.close();
    }
  });
});
