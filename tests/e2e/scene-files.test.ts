import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const FORMAT = 'china-central-asia-dashboard/scenes';
const file = (scenes: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: FORMAT, version: 1, scenes, ...extra });

/** Scene files as they arrive from colleagues and older tools: each refused with where and why. */
const BAD_FILES: [string, string, RegExp][] = [
  ['not JSON at all', 'Overview, Kazakhstan, Energy', /^not valid JSON \(/],
  ['JSON cut short', file([{ name: 'Overview', query: '' }]).slice(0, 30), /^not valid JSON \(/],
  ['another tool\'s file', JSON.stringify({ format: 'slides', version: 1, scenes: [] }), /^format: Invalid input: expected "china-central-asia-dashboard\/scenes"/],
  ['a newer version', file([], { version: 2 }), /^version: Invalid input: expected 1/],
  ['scenes that are not a list', file({ first: 'c=KAZ' }), /^scenes: Invalid input: expected array/],
  ['a scene without a name', file([{ name: '   ', query: '' }]), /^scenes\[0\]\.name: Too small/],
  ['a scene name of 300 characters', file([{ name: 'n'.repeat(300), query: '' }]), /^scenes\[0\]\.name: Too big/],
  ['a scene with a field of its own', file([{ name: 'Overview', query: '', colour: 'red' }]), /^scenes\[0\]: Unrecognized key: "colour"/],
  ['a query of 5,000 characters', file([{ name: 'Long', query: `c=${'K'.repeat(5000)}` }]), /^scenes\[0\]\.query: Too big/],
  ['a country of another dataset', file([{ name: 'Mongolia', query: 'c=MNG' }]), /^scenes\[0\] "Mongolia" › query: c=MNG is not a country of this dataset$/],
  ['a date that is not one', file([{ name: 'Dates', query: 'from=2023-13-45' }]), /^scenes\[0\] "Dates" › query: from=2023-13-45 is not a date \(YYYY-MM-DD\)$/],
];

describe('scene files that cannot be imported', () => {
  for (const [name, text, says] of BAD_FILES) {
    test(`${name}: refused, saying where and why; the scenes and the dashboard carry on`, async () => {
      await withDashboard(browser, async (page) => {
        await mapReady(page);
        await page.getByRole('button', { name: 'Scenes (13)' }).click();
        await page.locator('.scene-manager input[type="file"]').setInputFiles({ name: 'from-a-colleague.json', mimeType: 'application/json', buffer: Buffer.from(text) });
        const alert = page.locator('.scene-manager').getByRole('alert');
        await expect.poll(() => alert.locator('p').textContent()).toBe('from-a-colleague.json could not be imported:');
        expect(await alert.locator('li').first().textContent()).toMatch(says);
        expect(await page.getByRole('group', { name: 'Import scenes…' }).count()).toBe(0);
        await page.getByRole('button', { name: 'Close' }).click();
        expect(await page.getByRole('button', { name: 'Scenes (13)' }).count()).toBe(1);
        await page.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }).click();
        await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
      });
    });
  }
});
