import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ODD_SOURCE, oddDatasets } from '../fixtures/odd-datasets';
import { launchBrowser } from './support/browser';
import { exportFile, readSvg } from './support/exports';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Every attribute and text on the page that holds NaN or Infinity: a number that went wrong. */
const notANumber = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => [
      ...[...el.attributes].filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`),
      ...(el.children.length === 0 && /\bNaN\b|Infinity/.test(el.textContent) ? [`<${el.localName}>${el.textContent.slice(0, 60)}`] : []),
    ]),
  );

describe('any valid dataset draws', () => {
  for (const { name, dataset } of oddDatasets()) {
    test(`${name}: every view draws, no number goes wrong, and the map's image is saved whole`, async () => {
      await withDashboard(browser, async (page, tracked) => {
        await mapReady(page);
        await page.locator('.open-dataset input[type="file"]').setInputFiles([
          { name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset)) },
          { name: ODD_SOURCE.name, mimeType: 'text/plain', buffer: Buffer.from(ODD_SOURCE.text) },
        ]);
        const undertakings = dataset.commitments.filter((c) => c.statementType === 'undertaking').length;
        await expect.poll(() => listHeading(page).textContent()).toBe(`Undertakings (${undertakings})`);
        await page.locator('.timeline svg').first().waitFor();
        expect(await page.getByRole('alert').count()).toBe(0);
        expect(await notANumber(page)).toEqual([]);
        expect(tracked.consoleErrors).toEqual([]);
        // China's note only where China is in the dataset; a country off the map is named under it.
        const note = (await page.locator('.map__footer').textContent()) ?? '';
        expect(note.includes('China, party to every statement')).toBe(dataset.countries.some((c) => c.id === 'CHN'));
        const offMap = dataset.countries.filter((c) => c.id === 'FRA');
        expect(note.includes('Not on the map, which has no borders for them: France, 1 undertaking.')).toBe(offMap.length > 0);
        // No label for it in a corner of the map either.
        expect(await page.locator('.map__label').filter({ hasText: 'France' }).count()).toBe(0);

        const svg = (await exportFile(page, 'Countries', ['SVG'])).bytes.toString('utf8');
        expect(svg).not.toMatch(/NaN|Infinity/);
        expect((await readSvg(browser, svg)).parseError).toBe('');
        const timeline = (await exportFile(page, 'Pledge timeline', ['SVG'])).bytes.toString('utf8');
        expect(timeline).not.toMatch(/NaN|Infinity/);
      });
    });
  }
});
