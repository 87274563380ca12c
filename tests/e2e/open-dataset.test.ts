import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const SOURCE_NAME = '2023-04-26-china-central-asia-fm-meeting.fr.txt';
const source = readFileSync(`public/data/sources/${SOURCE_NAME}`);
const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { commitments: unknown[] };
/** An analyst's own dataset: the same schema, its last ten statements, all undertakings. */
const own = Buffer.from(JSON.stringify({ ...dataset, commitments: dataset.commitments.slice(-10) }));
const files = (json: Buffer, withSource = true) => [
  { name: 'my-meeting.json', mimeType: 'application/json', buffer: json },
  ...(withSource ? [{ name: SOURCE_NAME, mimeType: 'text/plain', buffer: source }] : []),
];

describe('opening a dataset of one\'s own in Chromium', () => {
  test('opens a valid file with its source, keeps it over a broken one, and goes back to the default', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      const picker = page.getByLabel('Open dataset…', { exact: true });
      await picker.setInputFiles(files(own));
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (10)');

      const broken = Buffer.from(JSON.stringify({ ...dataset, commitments: [{ id: 'x' }] }));
      await picker.setInputFiles(files(broken));
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('This dataset could not be opened; the current one stays');
      expect(await alert.textContent()).toContain('my-meeting.json');
      expect(await alert.textContent()).toContain('commitments[0] "x" › title: missing (expected object)');
      expect(await listHeading(page).textContent()).toBe('Undertakings (10)');

      await picker.setInputFiles(files(own, false));
      await expect.poll(() => alert.textContent()).toContain(`sources[0] "xian-2023-fm-readout" › file: "${SOURCE_NAME}" was not among the files opened`);

      await page.getByRole('button', { name: 'Back to the embedded dataset' }).click();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (29)');
      expect(await alert.count()).toBe(0);
    });
  });

  test('opens files dropped on the page', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.evaluate(
        ([json, text, name]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([json ?? ''], 'dropped.json', { type: 'application/json' }));
          transfer.items.add(new File([text ?? ''], name ?? '', { type: 'text/plain' }));
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        },
        [own.toString('utf8'), source.toString('utf8'), SOURCE_NAME],
      );
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (10)');
    });
  });

  test('what was opened survives a reload and a link followed in the tab, until the embedded dataset is back; each change can be undone', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.getByLabel('Open dataset…', { exact: true }).setInputFiles(files(own));
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (10)');
      const said = page.getByRole('status').filter({ hasText: 'this browser keeps it' });
      expect(await said.textContent()).toContain('my-meeting.json is open; this browser keeps it, with its sources, until you go back to the embedded dataset.');

      // Never the embedded dataset first: the page waits for the kept one. Every list heading shown
      // in a painted frame is recorded (the view the build drew into the page is there, hidden).
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { seenHeadings: seen });
        const look = () => {
          for (const h of document.querySelectorAll('h2')) if (/^Undertakings \(/.test(h.textContent) && h.checkVisibility({ visibilityProperty: true })) seen.push(h.textContent);
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await page.reload();
      await mapReady(page);
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (10)');
      expect(new Set(await page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings))).toEqual(new Set(['Undertakings (10)']));
      await page.goto(new URL('/?c=KAZ', page.url()).href);
      await mapReady(page);
      await expect.poll(() => listHeading(page).textContent()).toMatch(/^Undertakings \(\d+\)$/);
      expect(await page.getByRole('button', { name: 'Back to the embedded dataset' }).count()).toBe(1);

      await page.getByRole('button', { name: 'Back to the embedded dataset' }).click();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
      await page.getByRole('status').filter({ hasText: 'The embedded dataset is back' }).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Back to the embedded dataset' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Back to the embedded dataset' }).click();
      // Said once the browser has forgotten the opened files.
      await page.getByRole('status').filter({ hasText: 'The embedded dataset is back' }).waitFor();
      await page.reload();
      await mapReady(page);
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
      expect(await page.getByRole('button', { name: 'Back to the embedded dataset' }).count()).toBe(0);
    });
  });
});
