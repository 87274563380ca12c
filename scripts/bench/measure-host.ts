/**
 * What this host costs before the dashboard does anything: an empty page's load at the bench's
 * throttling, so the load budgets can be read against what no code of the app can make faster.
 */
import type { Browser } from 'playwright-core';
import { openThrottled } from './measure-run';

export const BLANK_PAGE = '<!doctype html><html lang="en"><title>blank</title><p>blank</p></html>';

/** Milliseconds until an empty page served like the app has loaded. */
export async function measureBlankPage(browser: Browser, blankUrl: string): Promise<number> {
  const { page, close } = await openThrottled(browser);
  try {
    await page.goto(blankUrl, { waitUntil: 'load' });
    return await page.evaluate<number>(`performance.getEntriesByType('navigation')[0].loadEventEnd`);
  } finally {
    await close();
  }
}
