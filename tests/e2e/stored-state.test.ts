import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const SCENES = 'china-central-asia-dashboard/scenes';
const PREFERENCES = 'china-central-asia-dashboard/preferences';

/** Puts a value in the page's storage before its first load only, as an older visit would have left it. */
const seed = (key: string, value: string) => (page: Page) =>
  page.addInitScript(([k, v]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(k, v);
  }, [key, value] as const);

const BROKEN = [
  ['scenes that are not a list', SCENES, JSON.stringify({ state: { scenes: { first: 'c=KAZ' } }, version: 1 }), 'Your scenes: scenes: expected array, received object'],
  ['scenes that are not JSON', SCENES, '{"state": {"scenes": [', 'Your scenes: it is not valid JSON'],
  ['scenes saved by a newer dashboard', SCENES, JSON.stringify({ state: { scenes: [] }, version: 4 }), 'Your scenes: it was saved by a newer version of the dashboard (format 4; this one reads 1)'],
  ['a scene without a name', SCENES, JSON.stringify({ state: { scenes: [{ id: 'a', name: '', query: 'c=KAZ' }] }, version: 1 }), 'Your scenes: scenes.0.name: Too small'],
  ['preferences saved by a newer dashboard', PREFERENCES, JSON.stringify({ state: { theme: 'dark' }, version: 2 }), 'Your display preferences: it was saved by a newer version of the dashboard (format 2; this one reads 1)'],
  ['a theme that does not exist', PREFERENCES, JSON.stringify({ state: { theme: 'neon' }, version: 1 }), 'Your display preferences: theme: expected one of'],
] as const;

describe('what the browser kept, when it cannot be used', () => {
  for (const [name, key, value, says] of BROKEN) {
    test(`${name}: set aside whole, said once, and the dashboard starts clean and works`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          const notice = page.getByRole('alert').filter({ hasText: 'Something this browser had kept could not be used' });
          expect(await notice.textContent()).toContain(says);
          expect(await notice.textContent()).toContain(`${key}/set-aside`);
          expect(await page.evaluate((k) => localStorage.getItem(`${k}/set-aside`), key)).toBe(value);
          // The dashboard works: a click filters, the scenes open on the default tour.
          await page.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }).click();
          await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
          await page.getByRole('button', { name: 'Scenes (13)' }).click();
          await page.keyboard.press('Escape');
          await page.reload();
          await mapReady(page);
          expect(await notice.count()).toBe(0);
          expect(await page.evaluate((k) => localStorage.getItem(`${k}/set-aside`), key)).toBe(value);
        },
        { prepare: seed(key, value) },
      );
    });
  }
});
