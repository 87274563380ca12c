import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type TrackedPage } from './support/browser';
import { SCREENSHOTS, listHeading, withDashboard } from './support/with-dashboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const onDashboard = (run: (page: Page, tracked: TrackedPage) => Promise<void>, prepare?: (page: Page) => Promise<unknown>) =>
  withDashboard(browser, run, prepare ? { prepare } : {});

describe('loading the dataset in Chromium', () => {
  test('shows the dashboard on the real dataset under a strict Content-Security-Policy', async () => {
    await onDashboard(async (page, tracked) => {
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (29)');
      await expect.poll(() => page.getByRole('button', { name: 'Tajikistan: 19 undertakings' }).count()).toBe(1);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(tracked.consoleErrors).toEqual([]);
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
        await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (29)');
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
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (29)');
      const french = page.getByRole('button', { name: 'Français' });
      for (let i = 0; i < 12 && !(await french.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await french.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await french.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tableau de bord de la coopération Chine–Asie centrale');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(await listHeading(page).textContent()).toBe('Engagements (29)');
      expect(await page.getByRole('button', { name: 'Kirghizistan : 18 engagements' }).count()).toBe(1);
    });
  });
});
