import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { LAPTOP, PHONE, PROJECTOR, SCREENSHOTS, listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const heatmap = (page: Page) => page.getByRole('region', { name: 'Cooperation domains by country' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Pledge timeline' });
const query = (page: Page) => new URL(page.url()).search;
const isFocused = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).first().evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until the named control has focus; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(page, name)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

describe('the linked views in Chromium', () => {
  test('by mouse: a country, a heatmap cell and a timeline mark narrow everything and open the source', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }).click();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
      expect(await heatmap(page).getByRole('columnheader').allTextContents()).toEqual(['KAZ']);
      expect(query(page)).toBe('?c=KAZ');

      await heatmap(page).getByRole('button', { name: 'Kazakhstan, Consulates: 1 undertaking' }).click();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (1)');
      expect(query(page)).toBe('?c=KAZ&d=consular');

      await timeline(page).getByRole('button', { name: /^Promote the mutual establishment of consulates general/ }).click();
      const details = page.getByRole('article', { name: "Promote the mutual establishment of consulates general in Xi'an and Aktobe" });
      await details.getByRole('button', { name: 'Show in source' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const mark = dialog.locator('mark');
      expect(await mark.textContent()).toContain('consulats généraux à Xi’an et à Aktioubé');
      const [markBox, dialogBox] = [await mark.boundingBox(), await dialog.boundingBox()];
      expect(markBox && dialogBox && markBox.y >= dialogBox.y && markBox.y + markBox.height <= dialogBox.y + dialogBox.height).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}/source-reader-1366x768.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    });
  });

  test('by keyboard alone: select a country, pick a cell, focus a pledge', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await tabTo(page, 'Uzbekistan: 19 undertakings');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).stroke)).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
      expect(await page.getByRole('button', { name: 'Uzbekistan: 19 undertakings' }).getAttribute('aria-pressed')).toBe('true');

      await tabTo(page, /^Uzbekistan, Political trust:/);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => query(page)).toBe('?c=UZB&d=partnership');
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (2)');

      // The timeline comes before the heatmap in reading order.
      await tabTo(page, /— 26 Apr 2023$/, 'Shift+Tab');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('article').count()).toBe(1);
      expect(query(page)).toMatch(/&focus=/);
    });
  });

  test('the brush under the timeline sets the time filter, by mouse and by keyboard', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      const handles = timeline(page).getByRole('slider', { name: /^Time filter handle/ });
      await expect.poll(() => handles.count()).toBe(2);
      // The page grows to show the whole heatmap: the timeline may be below the fold.
      await handles.first().scrollIntoViewIfNeeded();
      const year = await timeline(page).locator('.timeline__year', { hasText: '2053' }).boundingBox();
      const left = await handles.first().boundingBox();
      if (!year || !left) throw new Error('timeline not drawn');
      // The left handle, dragged to just before the 2053 label, leaves only what 2053 holds.
      await page.mouse.move(left.x + left.width / 2, left.y + left.height / 2);
      await page.mouse.down();
      await page.mouse.move(year.x - 4, left.y + left.height / 2, { steps: 8 });
      await page.mouse.up();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (1)');
      expect(query(page)).toMatch(/^\?from=2053-\d\d-\d\d&to=2053-12-31$/);
      // The handle stands where the filter starts: over 2053, left of the 2053 mark's day.
      const moved = await handles.first().boundingBox();
      expect(moved!.x).toBeGreaterThan(year.x - 40);

      // Back to every date, then the right handle, moved by keyboard, drops 2053.
      await timeline(page).getByRole('button', { name: 'All dates' }).click();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (29)');
      await handles.last().focus();
      for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
      await expect.poll(() => query(page)).toMatch(/^\?from=1992-01-01&to=20(2\d|3\d|4\d|5[0-3])-\d\d-\d\d$/);
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (29)');
      expect(await handles.last().getAttribute('aria-label')).toMatch(/^Time filter handle: 1 Jan 1992 to \d+ \w+ 20([234]\d|5[0-3])\./);
    });
  });

  test('the brush stands over the dates a link or a preset sets, not over every date', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        const handles = timeline(page).getByRole('slider', { name: /^Time filter handle/ });
        const x = async (label: string) => (await timeline(page).locator('.timeline__year', { hasText: label }).boundingBox())!.x;
        const handleX = async (which: 'first' | 'last') => {
          const box = await handles[which]().boundingBox();
          return box!.x + box!.width / 2;
        };
        // From the link: 1992–1993, the handles around those years, the right one before the 2022 label
        // (once the chart has its width: the brush is drawn anew for the stops of each width).
        await expect.poll(() => handleX('last')).toBeLessThan(await x('2022'));
        await handles.first().scrollIntoViewIfNeeded();
        expect(await handleX('first')).toBeLessThan(await x('1992'));
        expect(await handleX('last')).toBeGreaterThan(await x('1993'));
        expect(await handleX('last')).toBeLessThan(await x('2022'));
        // A preset moves them: 2053 alone.
        await timeline(page).getByRole('button', { name: '2053', exact: true }).click();
        await expect.poll(() => handleX('first')).toBeGreaterThan(await x('2023'));
        expect(await handleX('first')).toBeLessThan((await x('2053')) + 10);
      },
      { path: '/?from=1992-01-01&to=1993-12-31' },
    );
  });

  test('every dated event is named on the chart, its name over its own mark, no two names overlapping', async () => {
    for (const [language, names] of [
      ['en', ["Qin Gang's talks in Xi'an", 'Diplomatic relations established', 'Xi–Rahmon meeting', 'China–Turkmenistan partnership announced', 'SCO heads of government', 'Another 30 golden years']],
      ['fr', ['Entretiens de Qin Gang à Xi’an', 'Relations diplomatiques établies', 'Rencontre Xi–Rahmon', 'Partenariat Chine–Turkménistan annoncé', 'Premiers ministres de l’OCS', '30 autres années d’or']],
    ] as const) {
      for (const viewport of [LAPTOP, PROJECTOR]) {
        await withDashboard(
          browser,
          async (page) => {
            await mapReady(page);
            // The panel by its place: its name is in the page's language.
            const panel = page.locator('.view--timeline');
            const labels = panel.locator('.timeline__event-label');
            await expect.poll(() => labels.count()).toBe(names.length);
            const plot = await panel.locator('.recharts-surface').boundingBox();
            const boxes = await labels.evaluateAll((nodes) =>
              nodes.map((n) => {
                const b = n.getBoundingClientRect();
                const mark = n.parentElement?.querySelector('rect, path')?.getBoundingClientRect();
                return { text: n.textContent, x0: b.left, x1: b.right, y0: b.top, y1: b.bottom, markX0: mark?.left ?? 0, markX1: mark?.right ?? 0, markY: mark?.top ?? 0 };
              }),
            );
            expect(boxes.map((b) => b.text).sort()).toEqual([...names].sort());
            for (const b of boxes) {
              // Inside the chart, just above its band or diamond, and overlapping it sideways.
              expect(b.x0).toBeGreaterThanOrEqual(plot!.x - 1);
              expect(b.x1).toBeLessThanOrEqual(plot!.x + plot!.width + 1);
              expect(b.markY - b.y1).toBeGreaterThanOrEqual(-2);
              expect(b.markY - b.y1).toBeLessThanOrEqual(6);
              expect(Math.min(b.x1, b.markX1 + 6) - Math.max(b.x0, b.markX0 - 6)).toBeGreaterThan(0);
            }
            for (const [i, a] of boxes.entries()) {
              for (const b of boxes.slice(i + 1)) {
                const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
                expect(apart, `${a.text} overlaps ${b.text}`).toBe(true);
              }
            }
          },
          { viewport, path: `/?lang=${language}` },
        );
      }
    }
  });

  test('a reload restores the view, and back and forward step through the changes', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.getByRole('button', { name: 'Tajikistan: 19 undertakings' }).click();
      await page.getByRole('checkbox', { name: 'Only statements specific to one country' }).check();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (2)');
      await page.getByRole('button', { name: 'Français' }).click();
      await expect.poll(() => query(page)).toBe('?c=TJK&specific=1&lang=fr');

      await page.reload();
      await mapReady(page);
      expect(await listHeading(page).textContent()).toBe('Engagements (2)');
      expect(await page.getByRole('button', { name: 'Tadjikistan : 2 engagements' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByRole('checkbox', { name: 'Seulement les déclarations propres à un pays' }).isChecked()).toBe(true);

      await page.goBack();
      await expect.poll(() => query(page)).toBe('?c=TJK&specific=1');
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (2)');
      await page.goBack();
      await page.goBack();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (29)');
      await page.goForward();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
      await page.goForward();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (2)');
    });
  });

  test('a bad URL parameter falls back with a visible notice', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
        expect(await notice.textContent()).toContain('c=ATLANTIS is not a three-letter country code');
        expect(await notice.textContent()).toContain('lanes=decade must be "kind", "type", "strength" or "country"');
        expect(await listHeading(page).textContent()).toBe('Undertakings (18)');
      },
      { path: '/?c=KGZ,ATLANTIS&lanes=decade' },
    );
  });

  for (const [name, viewport] of [['1366x768', LAPTOP], ['1920x1080', PROJECTOR]] as const) {
    // The page grows rather than the panels scrolling (nothing-scrolls.test.ts checks the panels);
    // it must still fit the screen's width.
    test(`fits the ${name} screen's width without sideways scrolling`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
          await page.screenshot({ path: `${SCREENSHOTS}/dashboard-${name}.png` });
        },
        { viewport, path: '/?c=KAZ&focus=chn-kaz-visa-exemption' },
      );
    });
  }

  const NAMES = {
    en: ['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'],
    fr: ['Chine', 'Kazakhstan', 'Kirghizistan', 'Tadjikistan', 'Turkménistan', 'Ouzbékistan'],
  };
  for (const [name, viewport] of [['1366x768', LAPTOP], ['1920x1080', PROJECTOR]] as const) {
    for (const language of ['en', 'fr'] as const) {
      test(`the map writes every country's name and count, in ${language} at ${name}, none overlapping, all inside the map`, async () => {
        await withDashboard(
          browser,
          async (page) => {
            await mapReady(page);
            const frame = await page.locator('.map__frame').boundingBox();
            const labels = await page.locator('.map__label').evaluateAll((groups) =>
              groups.map((g) => {
                // The written words only, not the leader line back to the country.
                const boxes = [...g.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
                const x = Math.min(...boxes.map((r) => r.left));
                const y = Math.min(...boxes.map((r) => r.top));
                const w = Math.max(...boxes.map((r) => r.right)) - x;
                const h = Math.max(...boxes.map((r) => r.bottom)) - y;
                return { name: g.querySelector('.map__name')?.textContent ?? '', count: g.querySelector('.map__count')?.textContent ?? '', x, y, w, h };
              }),
            );
            expect(labels.map((l) => l.name).sort()).toEqual([...NAMES[language]].sort());
            expect(labels.every((l) => /^\d+$/.test(l.count))).toBe(true);
            if (!frame) throw new Error('no map frame');
            for (const [i, a] of labels.entries()) {
              expect(a.x >= frame.x - 1 && a.x + a.w <= frame.x + frame.width + 1 && a.y >= frame.y - 1 && a.y + a.h <= frame.y + frame.height + 1, `${a.name} inside the map`).toBe(true);
              for (const b of labels.slice(i + 1)) {
                const apart = a.x + a.w <= b.x + 1 || b.x + b.w <= a.x + 1 || a.y + a.h <= b.y + 1 || b.y + b.h <= a.y + 1;
                expect(apart, `${a.name} and ${b.name} do not overlap`).toBe(true);
              }
            }
            await page.screenshot({ path: `${SCREENSHOTS}/map-${language}-${name}.png` });
          },
          { viewport, path: `/?lang=${language}` },
        );
      });
    }
  }

  for (const [name, viewport] of [['1366x768', LAPTOP], ['1920x1080', PROJECTOR]] as const) {
    test(`the timeline puts every mark of 26 April 2023 on one x, inside 2023, at ${name}`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          const plot = timeline(page);
          // Single marks name their date; counted marks count a lane's statements of that day.
          // Read at one moment: the chart may still grow into its room as the fonts arrive.
          const read = () => plot.evaluate((root) => {
            const marks = [...root.querySelectorAll('[role="button"]')].filter((m) => /(— 26 Apr 2023|, 26 Apr 2023)$/.test(m.getAttribute('aria-label') ?? ''));
            const centres = marks.map((r) => { const b = r.getBoundingClientRect(); return b.x + b.width / 2; });
            const from = root.querySelector('line[data-year="2023"]')?.getBoundingClientRect();
            const end = root.querySelector('rect[data-end-year="2023"]')?.getBoundingClientRect();
            if (!from || !end || centres.length === 0) return null;
            // 26 April is the 116th day of 365: about 31.5 % into the year.
            return { spread: Math.max(...centres) - Math.min(...centres), share: (centres[0]! - from.x) / (end.x + end.width - from.x) };
          });
          await expect.poll(async () => (await read())?.share ?? 0).toBeGreaterThan(0.3);
          const placed = await read();
          expect(placed?.spread).toBeLessThanOrEqual(2);
          expect(placed?.share).toBeLessThan(0.33);
        },
        { viewport },
      );
    });
  }

  test('the map tooltip goes with Escape and with a click elsewhere', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }).focus();
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
      await page.getByRole('button', { name: 'Tajikistan: 19 undertakings' }).hover();
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(1);
      await page.getByRole('button', { name: 'Tajikistan: 19 undertakings' }).click();
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
    });
  });

  test('stacks the views on a 390 px wide screen without sideways scrolling', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
        await page.screenshot({ path: `${SCREENSHOTS}/dashboard-390.png`, fullPage: true });
      },
      { viewport: PHONE },
    );
  });
});
