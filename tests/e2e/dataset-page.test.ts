import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type TrackedPage, type Viewport } from './support/browser';

const SCREENSHOTS = 'reports/screenshots';
const LAPTOP: Viewport = { width: 1366, height: 768 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser.close());

/** Opens the dashboard, runs the test, then checks that nothing failed and nothing left the page's origin. */
async function onDashboard(run: (page: Page, tracked: TrackedPage) => Promise<void>, prepare?: (page: Page) => Promise<unknown>, viewport = LAPTOP) {
  const tracked = await openPage(browser, '/', viewport, prepare);
  try {
    await run(tracked.page, tracked);
    expect(tracked.pageErrors.map((e) => e.message)).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
  } finally {
    await tracked.close();
  }
}

const countIn = (page: Page, table: string, row: string) =>
  page.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${row}\\b`) }).getByRole('cell');

describe('the dataset page in Chromium', () => {
  test('shows the real dataset summary under a strict Content-Security-Policy', async () => {
    await onDashboard(async (page, tracked) => {
      await expect.poll(() => countIn(page, 'Records by type', 'Commitments').textContent()).toBe('46');
      expect(await countIn(page, 'Commitments by country', 'Tajikistan').textContent()).toBe('28');
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(tracked.consoleErrors).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/summary-1366x768.png`, fullPage: true });
    });
  });

  test('shows the error, naming file and status, when the dataset is missing; retry loads it', async () => {
    let broken = true;
    await onDashboard(
      async (page) => {
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.textContent()).toContain('the server answered HTTP 404');
        expect(await alert.textContent()).toContain('File: dataset.json');
        await page.screenshot({ path: `${SCREENSHOTS}/load-error.png` });
        broken = false;
        await page.getByRole('button', { name: 'Try again' }).click();
        await expect.poll(() => countIn(page, 'Records by type', 'Commitments').textContent()).toBe('46');
        expect(await alert.count()).toBe(0);
      },
      (page) =>
        page.route('**/data/dataset.json', (route) =>
          broken ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
        ),
    );
  });

  test('names the path of a schema violation', async () => {
    await onDashboard(
      async (page) => {
        await expect.poll(() => page.getByRole('alert').textContent()).toContain('countries[1] "KAZ" › name › fr: missing (expected string)');
      },
      (page) =>
        page.route('**/data/dataset.json', async (route) => {
          const dataset = (await (await route.fetch()).json()) as { countries: { name: Record<string, string> }[] };
          delete dataset.countries[1]!.name.fr;
          await route.fulfill({ json: dataset });
        }),
    );
  });

  test('switches to French by keyboard alone, with a visible focus', async () => {
    await onDashboard(async (page) => {
      await expect.poll(() => countIn(page, 'Records by type', 'Commitments').textContent()).toBe('46');
      const french = page.getByRole('button', { name: 'Français' });
      for (let i = 0; i < 5 && !(await french.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await french.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await french.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tableau de bord de la coopération Chine–Asie centrale');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(await countIn(page, 'Engagements par pays', 'Kirghizistan').textContent()).toBe('27');
    });
  });

  test('stays readable on a phone-sized screen', async () => {
    await onDashboard(
      async (page) => {
        await expect.poll(() => countIn(page, 'Records by type', 'Commitments').textContent()).toBe('46');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
        await page.screenshot({ path: `${SCREENSHOTS}/summary-390.png`, fullPage: true });
      },
      undefined,
      { width: 390, height: 844 },
    );
  });
});
