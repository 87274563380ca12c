import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' || (el instanceof SVGElement && style.strokeWidth !== '0.8px');
  });

async function tabUntil(page: Page, matches: (name: string) => boolean, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (matches(await focusedName(page))) {
      expect(await focusVisible(page)).toBe(true);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error('the control was never reached by keyboard');
}

test('the whole job by keyboard alone: a country, a heatmap cell, a pledge, its source, a PNG', async () => {
  await withDashboard(browser, async (page) => {
    await mapReady(page);
    await tabUntil(page, (n) => n === 'Tajikistan: 19 undertakings');
    await page.keyboard.press('Enter');
    await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');

    await tabUntil(page, (n) => n.startsWith('Tajikistan, Political trust'));
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Tajikistan, Industrial parks: 1 undertaking');
    await page.keyboard.press('Enter');
    await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (1)');

    await tabUntil(page, (n) => n.startsWith('Develop cooperation in industrial parks'));
    await page.keyboard.press('Enter');
    await tabUntil(page, (n) => n === 'Show in source');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('dialog mark').textContent()).toContain('parcs industriels');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog').count()).toBe(0);

    await tabUntil(page, (n) => n === 'Export: Undertakings', 'Shift+Tab');
    await page.keyboard.press('Enter');
    const download = page.waitForEvent('download');
    await tabUntil(page, (n) => n === 'Download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe('undertakings_tajikistan_industrial-parks_2023-04-26.png');
    const png = PNG.sync.read(readFileSync(await file.path()));
    // The list as it is on screen, at 2×, with the frame's margins of 24 px.
    const panel = await page.locator('.view--details').boundingBox();
    expect(png.width).toBe(2 * (Math.ceil(panel!.width) + 48));
  });
});
