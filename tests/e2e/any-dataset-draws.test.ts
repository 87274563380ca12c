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
        await page.getByLabel('Open dataset…', { exact: true }).setInputFiles([
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

  test('long names stay inside their panels, whole on hover and in the table; an override character cannot reorder its neighbours', async () => {
    const dataset = oddDatasets().find((d) => d.name === 'long names and a right-to-left override')?.dataset;
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.getByLabel('Open dataset…', { exact: true }).setInputFiles([
        { name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset)) },
        { name: ODD_SOURCE.name, mimeType: 'text/plain', buffer: Buffer.from(ODD_SOURCE.text) },
      ]);
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (1)');
      // Shown as the export writes it: the override becomes U+FFFD, and the words keep their order.
      const title = page.locator('.commitment-list__title');
      expect(await title.textContent()).toMatch(/^Build \uFFFDdaor a together and x+$/);
      // Every label ends inside its panel.
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('.view')].flatMap((panel) => {
          const edge = panel.getBoundingClientRect();
          return [...panel.querySelectorAll('text, .commitment-list__title, .heatmap__row-button')]
            .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.left < edge.left - 1 || r.right > edge.right + 1); })
            .map((el) => el.textContent.slice(0, 40));
        }),
      );
      expect(outside).toEqual([]);
      // The map writes a shortened name; its table and the heatmap's hover give the whole one.
      expect(await page.locator('.map__name').filter({ hasText: /^Republic of Kazakhstan.*…$/ }).count()).toBe(1);
      expect(await page.locator('.map .data-table').textContent()).toContain('Republic of Kazakhstan (Qazaqstan Respublikasy) with a very long official name');
      expect(await page.locator('.heatmap__row-button').first().getAttribute('title')).toMatch(/^Cooperation on the joint development .* transmission lines$/);
      // So does the timeline, for a lane named after the country.
      await page.getByRole('button', { name: 'Country', exact: true }).click();
      await expect.poll(() => page.locator('.timeline__lane-label title').allTextContents()).toContain('Republic of Kazakhstan (Qazaqstan Respublikasy) with a very long official name');
    });
  });
});
