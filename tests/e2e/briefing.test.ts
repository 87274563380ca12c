import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { LAPTOP, PROJECTOR, SCREENSHOTS, listHeading, mapReady, walkTour, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const progress = (page: Page) => page.locator('.presenter-bar__scene').textContent();
const filterWords = (page: Page) => page.locator('.filter-bar__words strong').textContent();
const query = (page: Page) => new URL(page.url()).search;

/** The font size of every visible text on screen (charts' SVG aside): running text, and the rest. */
function textSizes(): { running: [string, number][]; other: [string, number][] } {
  const RUNNING = '.filter-bar__words, .view__head h2, .commitment-list__title, .details h3, .details__evidence blockquote, .details__evidence q, .presenter-bar__scene';
  const running: [string, number][] = [];
  const other: [string, number][] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !node.textContent?.trim() || element.closest('svg, .visually-hidden')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
    const entry: [string, number] = [node.textContent.trim().slice(0, 40), parseFloat(getComputedStyle(element).fontSize)];
    (element.closest(RUNNING) ? running : other).push(entry);
  }
  return { running, other };
}

describe('briefing mode in Chromium', () => {
  test('a presenter runs the default tour with a clicker\'s keys alone', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        await page.keyboard.press('p');
        await expect.poll(() => progress(page)).toBe('1 / 13 Overview');
        expect(await filterWords(page)).toBe('All countries, domains and dates');
        expect(await page.getByRole('button', { name: 'Present', exact: true }).isVisible()).toBe(false);

        const countries = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
        const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'ArrowRight'];
        for (const [i, name] of countries.entries()) {
          await page.keyboard.press(keys[i] ?? 'ArrowRight');
          await expect.poll(() => progress(page)).toBe(`${i + 2} / 13 ${name}`);
          expect(await filterWords(page)).toBe(name);
        }
        for (let scene = 7; scene <= 13; scene++) {
          await page.keyboard.press('PageDown');
          await expect.poll(() => progress(page)).toMatch(new RegExp(`^${scene} / 13 Pledge: `));
          const title = (await progress(page))?.replace(/^\d+ \/ 13 Pledge: /, '');
          expect(query(page)).toMatch(/focus=.*view=details/);
          expect(await page.getByRole('article').getByRole('heading').textContent()).toBe(title);
        }
        await page.keyboard.press('Home');
        await page.keyboard.type('6');
        await page.keyboard.press('Enter');
        await expect.poll(() => progress(page)).toBe('6 / 13 Uzbekistan');
        await page.keyboard.press('PageDown');

        await page.keyboard.press('PageUp');
        await expect.poll(() => progress(page)).toBe('6 / 13 Uzbekistan');
        await page.keyboard.press('End');
        await expect.poll(() => progress(page)).toBe('13 / 13 Pledge: Speed up the creation of a traditional medicine centre in Turkmenistan');
        expect(await filterWords(page)).toBe('Turkmenistan');
        await page.keyboard.press('Home');
        await expect.poll(() => progress(page)).toBe('1 / 13 Overview');
        await page.keyboard.type('4');
        await page.keyboard.press('Enter');
        await expect.poll(() => progress(page)).toBe('4 / 13 Tajikistan');
        await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');

        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.presenter-bar').count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Present', exact: true }).isVisible()).toBe(true);
      },
      { viewport: PROJECTOR },
    );
  });

  for (const theme of ['Light', 'Dark', 'High contrast'] as const) {
    test(`presents in the ${theme} theme at 1920×1080 with running text of at least 24 px, and no text under 14 px`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          await page.getByLabel('Theme').selectOption({ label: theme });
          await page.getByRole('button', { name: 'Present', exact: true }).click();
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => progress(page)).toBe('2 / 13 Kazakhstan');
          // Every piece of running text a room reads (the filter words, view titles, the list's and the
          // details' titles and the quote) is at least 24 px; every note, legend and label at least 14 px.
          const sizes = await page.evaluate(textSizes);
          expect(sizes.running.filter(([, px]) => px < 24)).toEqual([]);
          expect(sizes.running.length).toBeGreaterThan(5);
          expect(sizes.other.filter(([, px]) => px < 14)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe({ Light: 'light', Dark: 'dark', 'High contrast': 'contrast' }[theme]);
          await page.screenshot({ path: `${SCREENSHOTS}/present-${theme.toLowerCase().replace(' ', '-')}-1920x1080.png`, animations: 'disabled' });
        },
        { viewport: PROJECTOR },
      );
    });
  }

  test('goes back with ArrowLeft and ArrowUp, fills the screen, and ends when the screen is left', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.keyboard.press('p');
      await expect.poll(() => progress(page)).toBe('1 / 13 Overview');
      // Started by a key, a user's gesture: the page asks for the whole screen, and gets it.
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => progress(page)).toBe('4 / 13 Tajikistan');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => progress(page)).toBe('3 / 13 Kyrgyzstan');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => progress(page)).toBe('2 / 13 Kazakhstan');
      expect(await filterWords(page)).toBe('Kazakhstan');
      // Leaving full screen the browser's way ends the presentation too.
      await page.evaluate(() => document.exitFullscreen());
      await expect.poll(() => page.locator('.presenter-bar').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Present', exact: true }).isVisible()).toBe(true);
    });
  });

  test('follows the system\'s dark setting by default', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        await page.emulateMedia({ colorScheme: 'light' });
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      },
      { prepare: (page) => page.emulateMedia({ colorScheme: 'dark' }) },
    );
  });

  for (const [name, viewport] of [['1920x1080', PROJECTOR], ['1366x768', LAPTOP]] as const) {
    test(`in every scene of the default tour at ${name}, the list shows what fits and says how many more: nothing to scroll`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          await walkTour(page, async (scene) => {
            const total = Number(/\((\d+)\)$/.exec((await listHeading(page).textContent()) ?? '')?.[1]);
            const body = page.locator('.details-body');
            await expect.poll(() => body.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(0);
            const shown = await page.locator('.commitment-list > li').count();
            // Overview and country scenes show rows; a pledge scene's open record may take the whole panel.
            if (scene <= 6) expect(shown).toBeGreaterThan(0);
            const note = page.locator('.commitment-list__fit-more');
            if (shown < total) expect(await note.textContent()).toBe(`+ ${total - shown} more, in the dashboard's list and in the CSV export`);
            else expect(await note.count()).toBe(0);
          });
        },
        { viewport },
      );
    });
  }

  test('a view can be enlarged, with a caption that says what it shows and where it comes from', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.getByRole('button', { name: 'Enlarge Pledge timeline' }).click();
      expect(query(page)).toBe('?view=timeline');
      expect(await page.getByRole('region').count()).toBe(1);
      expect(await page.locator('.view__caption').textContent()).toBe(
        "All countries, domains and dates — 29 undertakings · Readout of Qin Gang's talks in Xi'an with the five Central Asian foreign ministers, 26 April 2023",
      );
      await page.getByRole('button', { name: 'Show all views' }).click();
      expect(await page.getByRole('region').count()).toBe(4);
    });
  });

  test('scenes are added, renamed and kept across a reload; a bad scene file is refused with reasons', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        await page.getByRole('button', { name: 'Scenes (13)' }).click();
        await page.getByRole('button', { name: 'Add the current view' }).click();
        await page.getByLabel('Scene name 14', { exact: true }).fill('Uzbekistan and energy');
        await page.getByRole('button', { name: 'Delete: Overview' }).click();
        await page.getByRole('button', { name: 'Close' }).click();
        await page.reload();
        await mapReady(page);
        await page.getByRole('button', { name: 'Scenes (13)' }).click();
        expect(await page.getByLabel('Scene name 13', { exact: true }).inputValue()).toBe('Uzbekistan and energy');
        expect(await page.getByLabel('Scene name 1', { exact: true }).inputValue()).toBe('Kazakhstan');

        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Export scenes (JSON)' }).click();
        const file = await download;
        const exported = JSON.parse((await import('node:fs')).readFileSync(await file.path(), 'utf8')) as { scenes: { name: string; query: string }[] };
        expect(exported.scenes.at(-1)).toEqual({ name: 'Uzbekistan and energy', query: 'c=UZB&d=energy' });

        const input = page.locator('.scene-manager input[type="file"]');
        await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "slides", "version": 1, "scenes": []}') });
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.textContent()).toContain('broken.json could not be imported:');
        expect(await alert.textContent()).toContain('format: Invalid input: expected "china-central-asia-dashboard/scenes"');
        // 500 scenes of another dataset: the problems stop at 20, then say how many more there are.
        const foreign = { format: 'china-central-asia-dashboard/scenes', version: 1, scenes: Array.from({ length: 500 }, (_, i) => ({ name: `Scene ${i}`, query: 'c=FRA' })) };
        await input.setInputFiles({ name: 'foreign.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(foreign)) });
        await expect.poll(() => alert.textContent()).toContain('foreign.json could not be imported:');
        expect(await alert.locator('li').count()).toBe(21);
        expect(await alert.locator('li').last().textContent()).toBe('… and 480 more problems');

        // A valid file asks before it replaces anything; Cancel leaves the scenes as they are.
        const tour = Buffer.from(JSON.stringify({ ...exported, format: 'china-central-asia-dashboard/scenes', version: 1 }));
        await input.setInputFiles({ name: 'tour.json', mimeType: 'application/json', buffer: tour });
        const choice = page.getByRole('group', { name: 'Import scenes…' });
        expect(await choice.textContent()).toContain('tour.json holds 13 scenes. Replace your 13 scenes with them, or add them after yours?');
        await choice.getByRole('button', { name: 'Cancel' }).click();
        expect(await choice.count()).toBe(0);
        await input.setInputFiles({ name: 'tour.json', mimeType: 'application/json', buffer: tour });
        await choice.getByRole('button', { name: 'Add after mine' }).click();
        await expect.poll(() => page.getByRole('status').filter({ hasText: '13 scenes added after yours' }).count()).toBe(1);
        expect(await page.getByLabel('Scene name 26', { exact: true }).inputValue()).toBe('Uzbekistan and energy');
        // Undone, the list is as it was; so is a replacement.
        await page.getByRole('button', { name: 'Undo' }).click();
        await expect.poll(() => page.getByLabel('Scene name 14', { exact: true }).count()).toBe(0);
        await input.setInputFiles({ name: 'tour.json', mimeType: 'application/json', buffer: tour });
        await choice.getByRole('button', { name: 'Replace mine' }).click();
        await expect.poll(() => page.getByRole('status').filter({ hasText: '13 scenes imported' }).count()).toBe(1);
        await page.getByRole('button', { name: 'Reset to the default tour' }).click();
        expect(await page.getByLabel('Scene name 13', { exact: true }).inputValue()).toBe('Pledge: Speed up the creation of a traditional medicine centre in Turkmenistan');
        await page.getByRole('button', { name: 'Undo' }).click();
        await expect.poll(() => page.getByLabel('Scene name 13', { exact: true }).inputValue()).toBe('Uzbekistan and energy');
      },
      { path: '/?c=UZB&d=energy' },
    );
  });

  // The printable area of each paper at 10 mm margins, in CSS pixels (96 per inch).
  const PAPERS = [
    ['A4', true, { width: 1047, height: 718 }],
    ['A4', false, { width: 718, height: 1047 }],
    ['Letter', true, { width: 980, height: 740 }],
    ['Letter', false, { width: 740, height: 980 }],
  ] as const;
  for (const [format, landscape, viewport] of PAPERS) {
    for (const [what, path] of [['Kazakhstan selected', '/?c=KAZ'], ['a statement open', '/?c=KAZ&focus=chn-kaz-community-of-shared-future']] as const) {
      test(`prints one ${format} ${landscape ? 'landscape' : 'portrait'} page with ${what}, nothing cut off`, async () => {
        await withDashboard(
          browser,
          async (page) => {
            await mapReady(page);
            await page.emulateMedia({ media: 'print' });
            expect(await page.getByRole('button', { name: 'Present', exact: true }).isVisible()).toBe(false);
            expect(await page.locator('.filter-bar__words').textContent()).toContain('Kazakhstan');
            expect(await page.locator('.app__subtitle').isVisible()).toBe(true);
            // Nothing holds more than its box shows, and nothing runs off the paper.
            const cut = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('body *')]
              .filter((el) => el instanceof HTMLElement && !el.closest('.visually-hidden') && el.getClientRects().length > 0)
              .filter((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).display !== 'inline')
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollHeight} in ${el.clientHeight}`));
            await expect.poll(cut).toEqual([]);
            expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height + 1);
            if (path.includes('focus')) {
              expect(await page.locator('.details__quote').textContent()).toContain('avaient convenu de construire');
              expect(await page.getByText('English translation', { exact: true }).count()).toBe(1);
            } else {
              await expect.poll(() => page.locator('.commitment-list__fit-more').textContent()).toMatch(/^\+ \d+ more, in the dashboard's list and in the CSV export$/);
            }
            await page.screenshot({ path: `${SCREENSHOTS}/print-${format}-${landscape ? 'landscape' : 'portrait'}-${path.includes('focus') ? 'statement' : 'dashboard'}.png` });
            const pdf = await page.pdf({ format, landscape, printBackground: true, margin: { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' } });
            expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
          },
          { path, viewport },
        );
      });
    }
  }
});
