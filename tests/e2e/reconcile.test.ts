import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ODD_SOURCE, oddDatasets } from '../fixtures/odd-datasets';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Kazakhstan, Kyrgyzstan and China; energy, trade and culture: a dataset of the analyst's own. */
const own = oddDatasets().find((d) => d.name === 'a country the map has no borders for')?.dataset;

const openOwn = (page: Page) =>
  page.getByLabel('Open dataset…', { exact: true }).setInputFiles([
    { name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) },
    { name: ODD_SOURCE.name, mimeType: 'text/plain', buffer: Buffer.from(ODD_SOURCE.text) },
  ]);
const dropped = (page: Page) => page.getByRole('status').filter({ hasText: 'they were left out' });

describe('filters follow the dataset that is open', () => {
  test('opening a dataset keeps the filters it has, leaves out the others with one notice, and the load URL\'s filters never come back', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (1)');
        await openOwn(page);
        // Turkmenistan is not in it: left out, and said; energy is, and stays.
        await expect.poll(() => dropped(page).count()).toBe(1);
        expect(await dropped(page).textContent()).toContain('The dataset now open has nothing for some of the filters');
        expect(await dropped(page).textContent()).toContain('c=TKM is not a country of this dataset');
        expect(await dropped(page).locator('li').count()).toBe(1);
        expect(page.url()).toMatch(/\?d=energy$/);
        expect(await page.locator('.filter-bar__words').textContent()).toContain('Energy');
        await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (1)');

        // A choice made in the opened dataset is what goes back to the embedded one.
        await page.getByRole('button', { name: 'Kyrgyzstan: 0 undertakings' }).click();
        await page.getByRole('button', { name: 'Back to the embedded dataset' }).click();
        await expect.poll(() => page.url()).toMatch(/\?c=KGZ&d=energy$/);
        expect(await page.locator('.filter-bar__words').textContent()).not.toContain('Turkmenistan');
      },
      { path: '/?c=TKM&d=energy' },
    );
  });

  test('a scene made on another dataset opens in the page, keeping the opened dataset, and says what it left out', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.getByRole('button', { name: 'Turkmenistan: 21 undertakings' }).click();
      await page.getByRole('button', { name: 'Scenes (13)' }).click();
      await page.getByRole('button', { name: 'Add the current view' }).click();
      await page.getByLabel('Scene name 14', { exact: true }).fill('Turkmenistan');
      await page.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Reset filters' }).click();

      await openOwn(page);
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (1)');
      await page.getByRole('button', { name: 'Scenes (14)' }).click();
      const loads: string[] = [];
      page.on('framenavigated', (frame) => loads.push(frame.url()));
      await page.locator('.scene-manager__scene').filter({ has: page.getByLabel('Scene name 14', { exact: true }) }).getByRole('link', { name: 'Open' }).click();
      await expect.poll(() => dropped(page).textContent()).toContain('The scene “Turkmenistan” names things this dataset does not have');
      expect(await dropped(page).textContent()).toContain('c=TKM is not a country of this dataset');
      expect(loads).toEqual([]);
      expect(await page.getByRole('button', { name: 'Back to the embedded dataset' }).count()).toBe(1);
      expect(await listHeading(page).textContent()).toBe('Undertakings (1)');
    });
  });
});
