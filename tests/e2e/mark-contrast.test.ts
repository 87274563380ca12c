import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contrast } from '../fixtures/color-vision';
import { launchBrowser } from './support/browser';
import { reloadInTheme, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

// Each pair: a mark a reader must see, and what it sits on. Read from the page's computed styles,
// as plain JavaScript so that it runs in the page as written.
const READ_PAIRS = `(() => {
  const style = (selector) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error('nothing matches ' + selector);
    return getComputedStyle(el);
  };
  const plot = style('.timeline__segment').fill;
  const land = style('.map__neighbour').fill;
  const surface = style('.view--heatmap').backgroundColor;
  return [
    ['pledge mark', style('.timeline__mark:not(.is-out):not(.is-focused)').fill, plot],
    ['focused pledge mark', style('.timeline__mark.is-focused').fill, plot],
    ['event on a known day', style('.timeline__event.precision-day path').fill, plot],
    ['country outline', style('.map__country:not(.is-selected)').stroke, land],
    ['selected country outline', style('.map__country.is-selected').stroke, land],
    ['selected heatmap cell outline', style(".heatmap__cell[aria-pressed='true']").outlineColor, surface],
    ['keyboard focus ring', style('.heatmap__cell:focus-visible').outlineColor, surface],
  ];
})()`;

describe('non-text contrast of chart marks (WCAG 1.4.11, at least 3:1)', () => {
  for (const theme of ['light', 'dark', 'contrast']) {
    test(`every mark stands out from what it sits on, ${theme} theme`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await reloadInTheme(page, theme);
          await page.getByRole('button', { name: /^Kazakhstan, Trade:/ }).focus();
          await page.keyboard.press('ArrowDown');
          const pairs = await page.evaluate<[string, string, string][]>(READ_PAIRS);
          const weak = pairs.filter(([, mark, ground]) => contrast(mark, ground) < 3).map(([name, mark, ground]) => `${name}: ${mark} on ${ground} = ${contrast(mark, ground).toFixed(2)}:1`);
          expect(pairs).toHaveLength(7);
          expect(weak).toEqual([]);
        },
        { path: '/?c=KAZ&d=trade,energy,connectivity,political-trust&focus=both-sides-cooperation-fields' },
      );
    });
  }
});
