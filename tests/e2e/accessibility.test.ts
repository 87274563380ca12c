import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { reloadInTheme, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility (axe-core, WCAG 2.2 A and AA) in Chromium', () => {
  const states: [string, string, ((page: Page) => Promise<void>) | null][] = [
    ['the default view', '/', null],
    ['a filtered view', '/?c=KAZ&d=energy,trade&from=2023-01-01&to=2023-12-31', null],
    ['a focused record', '/?c=TJK&focus=chn-tjk-luban-workshop', null],
    ['presentation mode', '/', async (page) => {
      await page.keyboard.press('p');
      await page.keyboard.press('End');
      await page.locator('.presenter-bar').waitFor();
      // Check the scene as it settles, not halfway through its fade-in (contrast is measured on pixels' colours).
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    }],
  ];
  for (const [name, path, act] of states) {
    for (const theme of ['light', 'dark', 'contrast']) {
      test(`${name}, ${theme} theme, has no violation`, async () => {
        await withDashboard(
          browser,
          async (page) => {
            await reloadInTheme(page, theme);
            if (act) await act(page);
            expect(await violations(page)).toEqual([]);
          },
          { path },
        );
      });
    }
  }

  test('the error state has no violation', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await page.getByRole('alert').waitFor();
        expect(await violations(page)).toEqual([]);
      },
      { prepare: (page) => page.route('**/data/dataset.json', (r) => r.fulfill({ status: 404, body: '' })) },
    );
  });
});
