import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Counts the page's Content-Security-Policy violations from its very first script on. */
const recordViolations = (page: Page) =>
  page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('security in Chromium', () => {
  test('no Content-Security-Policy violation and no request to another origin, through load, clicks, export and presentation', async () => {
    await withDashboard(
      browser,
      async (page, tracked) => {
        await mapReady(page);
        await page.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }).click();
        await page.getByRole('button', { name: 'Kazakhstan, Energy: 1 undertaking' }).click();
        await page.getByRole('list', { name: /undertakings?$/ }).getByRole('button').first().click();
        await page.getByRole('button', { name: 'Show in source' }).click();
        await page.getByRole('dialog').waitFor();
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
        for (const format of ['PNG', 'SVG', 'CSV']) {
          await page.getByRole('button', { name: 'Export: Cooperation domains by country' }).click();
          await page.getByRole('radio', { name: format, exact: true }).check();
          const download = page.waitForEvent('download');
          await page.getByRole('button', { name: 'Download' }).click();
          await download;
        }
        await page.getByRole('button', { name: 'Scenes (13)' }).click();
        await page.getByRole('button', { name: 'Close' }).click();
        await page.keyboard.press('p');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Escape');
        await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
        expect(await violations(page)).toEqual([]);
        expect(tracked.foreignRequests).toEqual([]);
      },
      { prepare: recordViolations },
    );
  });

  test('the policy is in force: an inline script is blocked, and reported', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.body.append(script);
        });
        expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
        // Both the page's own policy and the server's refuse it: the same violation, once or twice.
        await expect.poll(async () => [...new Set(await violations(page))]).toEqual(['script-src-elem inline']);
      },
      { prepare: recordViolations },
    );
  });

  test('the server sends the policy, no framing by another site, no type guessing and no referrer, with every file', async () => {
    const base = inject('baseUrl');
    const page = await (await fetch(base)).text();
    const files = ['/', '/data/dataset.json', ...[...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '')];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const response = await fetch(new URL(file, base));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-security-policy'), file).toMatch(/^default-src 'none'; script-src 'self';.*frame-ancestors 'none'$/);
      expect(response.headers.get('content-security-policy'), file).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), file).toBe('no-referrer');
    }
    // A page that frames the dashboard gets nothing drawn in the frame.
    await withDashboard(browser, async (tab) => {
      await tab.setContent(`<iframe src="${base}" width="600" height="400"></iframe>`);
      await tab.waitForTimeout(1500);
      const framed = tab.frames().find((frame) => frame.url().startsWith(base));
      expect(await framed?.locator('h1').count().catch(() => 0) ?? 0).toBe(0);
    });
  });
});
