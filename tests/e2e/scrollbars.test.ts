import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { LAPTOP, mapReady, PROJECTOR, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ showScrollbars: true });
});
afterAll(() => browser.close());

/** How wide the page's own scrollbar is, and whether anything is wider than the room left beside it. */
const room = (page: Page) =>
  page.evaluate(() => ({
    scrollbar: window.innerWidth - document.documentElement.clientWidth,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // Panels and their contents, each within the page's width once the scrollbar has taken its own.
    overflowing: [...document.querySelectorAll('.view, .filter-bar, .app__header')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.className),
  }));

describe('with scrollbars shown, as on Windows and Linux, in Chromium', () => {
  test('the dashboard at 1366×768 scrolls down, never sideways, and every panel fits beside the scrollbar', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      const measured = await room(page);
      expect(measured.scrollbar).toBeGreaterThan(0);
      expect(measured.sideways).toBe(0);
      expect(measured.overflowing).toEqual([]);
    }, { viewport: LAPTOP });
  });

  test('a presentation at 1920×1080 shows no scrollbar at all: the page fits the screen', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.keyboard.press('p');
      await page.locator('.presenter-bar').waitFor();
      await page.keyboard.press('ArrowRight');
      const measured = await room(page);
      expect(measured.scrollbar).toBe(0);
      expect(measured.sideways).toBe(0);
      // Nothing inside scrolls either: every panel's content is within it.
      const scrolling = await page.evaluate(() => [...document.querySelectorAll('.view *')].filter((e) => e.scrollHeight > e.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY)).map((e) => e.className));
      expect(scrolling).toEqual([]);
    }, { viewport: PROJECTOR });
  });
});
