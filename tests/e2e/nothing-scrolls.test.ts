import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { LAPTOP, PROJECTOR, listHeading, mapReady, walkTour, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const heatmap = (page: Page) => page.getByRole('region', { name: 'Cooperation domains by country' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Pledge timeline' });

/**
 * The region and every element in it whose content is taller or wider than its box (1 px of
 * rounding allowed), and every text of a chart that runs past its chart's edge (where an <svg>
 * clips; the shapes inside it have no box of their own to scroll). Visually hidden text (a 1 px
 * box, for screen readers) is clipped on purpose.
 */
function overflowing(region: Locator): Promise<string[]> {
  return region.evaluate((root) => [
    ...[root, ...root.querySelectorAll('*')]
      .filter((el) => !el.closest('.visually-hidden') && (!(el instanceof SVGElement) || el instanceof SVGSVGElement))
      .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`),
    ...[...root.querySelectorAll<SVGTextElement>('svg text')].flatMap((text) => {
      const [box, frame] = [text.getBoundingClientRect(), text.ownerSVGElement?.getBoundingClientRect()];
      const inside = !frame || (box.left >= frame.left - 1 && box.right <= frame.right + 1 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1);
      return inside || box.width === 0 ? [] : [`text "${text.textContent}" runs past its chart's edge`];
    }),
  ]);
}

/**
 * Everything on the page that hides or scrolls content beyond its box (overflow other than
 * visible), and every panel whose content runs past its border.
 */
function clippedOrScrolled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => !el.closest('.visually-hidden'))
      .filter((el) => {
        const style = getComputedStyle(el);
        return el.classList.contains('view') || /hidden|auto|scroll|clip/.test(`${style.overflowX} ${style.overflowY}`);
      })
      .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`),
  );
}

describe('nothing hides in a scroll box', () => {
  for (const [name, viewport] of [['1920x1080', PROJECTOR], ['1366x768', LAPTOP]] as const) {
    test(`at ${name}, the heatmap and the timeline show all they hold, with every domain open, and the page does not scroll sideways`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          // Every domain is open by default: 37 domain rows, no folded group.
          expect(await heatmap(page).getByRole('table').getByRole('button', { expanded: false }).count()).toBe(0);
          expect(await heatmap(page).getByRole('button', { name: /^Kazakhstan, .*: \d+ undertakings?$/ }).count()).toBe(37);
          expect(await overflowing(heatmap(page))).toEqual([]);
          expect(await overflowing(timeline(page))).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
        },
        { viewport },
      );
    });

    test(`at ${name}, no scene of the default tour clips or scrolls anything, and the presenter stays on one screen, with a map and a timeline a room can read`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          await walkTour(page, async (scene) => {
            // The list fits its rows to the panel after a measure: wait for it to settle.
            await expect.poll(() => clippedOrScrolled(page), { timeout: 5000 }).toEqual([]);
            expect(await page.evaluate(() => [document.documentElement.scrollHeight - window.innerHeight, document.documentElement.scrollWidth - window.innerWidth])).toEqual([0, 0]);
            // Where the map and the timeline share the screen, the map is not squeezed to a strip,
            // and the timeline's words are in the presentation's type, not the desk's 11 px.
            const readable = await page.evaluate(() => {
              const map = document.querySelector('.map__svg')?.getBoundingClientRect();
              const label = document.querySelector('.timeline__event-label');
              const page = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
              return { mapHeight: map ? Math.round(map.height) : null, labelShare: label ? Number.parseFloat(getComputedStyle(label).fontSize) / page : null };
            });
            if (readable.mapHeight !== null) expect(readable.mapHeight, `map in scene ${scene}`).toBeGreaterThanOrEqual(150);
            if (readable.labelShare !== null) expect(readable.labelShare, `timeline words in scene ${scene}`).toBeGreaterThanOrEqual(0.8);
          });
        },
        { viewport },
      );
    });
  }

  test('a folded group counts each statement once, and its cell filters to the whole group', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        const politics = heatmap(page).getByRole('button', { name: 'Politics and diplomacy', exact: true });
        const domainCells = heatmap(page).locator('tbody').first().getByRole('button', { name: /^Kazakhstan, / });
        // Two of Kazakhstan's statements sit in two political domains each: "a community with a
        // shared future" (partnership, political trust) and UN/SCO coordination (multilateral,
        // mechanisms). The domain rows count each twice; the folded row, once.
        const cells = (await domainCells.allTextContents()).map(Number);
        expect(cells).toHaveLength(12);
        const sum = cells.reduce((a, b) => a + b, 0);

        await politics.click();
        expect(await politics.getAttribute('aria-expanded')).toBe('false');
        const groupCell = heatmap(page).getByRole('button', { name: /^Kazakhstan, Politics and diplomacy \(its 12 domains together\): \d+ undertakings?$/ });
        const distinct = Number(await groupCell.textContent());
        expect(distinct).toBe(sum - 2);
        expect(await heatmap(page).getByText('A collapsed group shows one row: each statement counts once').count()).toBe(1);

        await groupCell.click();
        await expect.poll(() => listHeading(page).textContent()).toBe(`Undertakings (${distinct})`);
        // Its domains are now selected, so the group opens to show them.
        expect(await politics.getAttribute('aria-expanded')).toBe('true');
        expect(await heatmap(page).getByRole('button', { name: 'Political trust', exact: true, pressed: true }).count()).toBe(1);
      },
      { viewport: PROJECTOR },
    );
  });

  test('"Collapse all groups" folds every group; "Expand all groups" opens them again', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await heatmap(page).getByRole('button', { name: 'Collapse all groups' }).click();
      expect(await heatmap(page).getByRole('table').getByRole('button', { expanded: false }).count()).toBe(5);
      expect(await heatmap(page).getByRole('button', { name: /^Tajikistan, / }).count()).toBe(5);
      await heatmap(page).getByRole('button', { name: 'Expand all groups' }).click();
      expect(await heatmap(page).getByRole('table').getByRole('button', { expanded: true }).count()).toBe(5);
      expect(await heatmap(page).getByRole('button', { name: 'Tajikistan, Industrial parks: 1 undertaking' }).count()).toBe(1);
    });
  });
});
