import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { LAPTOP, PROJECTOR, SCREENSHOTS, mapReady, withDashboard, type DashboardOptions } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const NAMES = {
  en: { CHN: 'China', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan', UZB: 'Uzbekistan' },
  fr: { CHN: 'Chine', KAZ: 'Kazakhstan', KGZ: 'Kirghizistan', TJK: 'Tadjikistan', TKM: 'Turkménistan', UZB: 'Ouzbékistan' },
} as const;
type Id = keyof (typeof NAMES)['en'];

/** How far a line may end outside its country's shape: its label may sit just off a small country. */
const NEAR = 24;
const near = ([x, y]: [number, number], box: Box) => x >= box.x - NEAR && x <= box.x + box.width + NEAR && y >= box.y - NEAR && y <= box.y + box.height + NEAR;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each partner line as the page draws it: its countries, its two ends on the page, its number and the number's box. */
async function drawnLines(page: Page) {
  return page.locator('path.map__link').evaluateAll((paths) =>
    paths.map((path) => {
      const line = path as SVGPathElement;
      const matrix = line.getScreenCTM()!;
      const onPage = (p: DOMPoint): [number, number] => {
        const q = p.matrixTransform(matrix);
        return [q.x, q.y];
      };
      const [from, to] = [line.dataset.from!, line.dataset.to!];
      const number = document.querySelector(`text.map__link-number[data-from="${from}"][data-to="${to}"]`)!;
      const box = number.getBoundingClientRect();
      return {
        from,
        to,
        ends: [onPage(line.getPointAtLength(0)), onPage(line.getPointAtLength(line.getTotalLength()))],
        middle: onPage(line.getPointAtLength(line.getTotalLength() / 2)),
        number: number.textContent,
        numberBox: { x: box.x, y: box.y, width: box.width, height: box.height },
        // Painted after every label and line (the numbers take no pointer events, so hit-testing cannot tell).
        numberOnTop: [...document.querySelectorAll('.map__label, path.map__link')].every((el) => el.compareDocumentPosition(number) & Node.DOCUMENT_POSITION_FOLLOWING),
        numberShown: getComputedStyle(number).visibility === 'visible' && getComputedStyle(number).display !== 'none' && Number(getComputedStyle(number).opacity) === 1,
      };
    }),
  );
}

/** The map table's column of counts shared with a selected country, by row name. */
async function sharedColumn(page: Page, heading: string): Promise<Map<string, string>> {
  const map = page.getByRole('region', { name: /^(Countries|Pays)$/ });
  await map.locator('summary').click();
  const table = map.getByRole('table');
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.indexOf(heading);
  expect(column, `no column "${heading}" in ${headers.join(' | ')}`).toBeGreaterThan(0);
  const rows = await table.locator('tbody tr').evaluateAll((trs, col) => trs.map((tr) => [tr.children[0]?.textContent ?? '', tr.children[col]?.textContent ?? ''] as const), column);
  return new Map(rows.map(([name, count]) => [name.replace(/ \((selected|sélectionné)\)$/, ''), count]));
}

async function checkLines(page: Page, language: 'en' | 'fr', heading: string, shot: string) {
  const names = NAMES[language];
  const shape = async (id: Id) => (await page.getByRole('button', { name: new RegExp(`^${names[id]} ?: \\d+`) }).boundingBox())!;
  await expect.poll(() => page.locator('path.map__link').count()).toBe(5);
  const lines = await drawnLines(page);
  const shared = await sharedColumn(page, heading);
  const labels = await page.locator('.map__label text').evaluateAll((texts) => texts.map((t) => {
    const r = t.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }));

  // One line from Kazakhstan to each of the other five, China the hub among them.
  expect(lines.map((l) => `${l.from}-${l.to}`).sort()).toEqual(['KAZ-CHN', 'KAZ-KGZ', 'KAZ-TJK', 'KAZ-TKM', 'KAZ-UZB']);
  for (const line of lines) {
    const what = `${line.from}-${line.to}`;
    expect(near(line.ends[0]!, await shape(line.from as Id)), `${what} starts near ${line.from}`).toBe(true);
    expect(near(line.ends[1]!, await shape(line.to as Id)), `${what} ends near ${line.to}`).toBe(true);
    // The number is the table's, readable, and covers no country's name or count.
    expect(line.number, what).toBe(shared.get(names[line.to as Id]));
    expect(line.numberOnTop, `${what}'s number is on top`).toBe(true);
    expect(line.numberShown, `${what}'s number is shown`).toBe(true);
    expect(line.numberBox.height, what).toBeGreaterThanOrEqual(9);
    for (const label of labels) expect(overlap(line.numberBox, label), `${what}'s number ${JSON.stringify(line.numberBox)} covers a label ${JSON.stringify(label)}`).toBe(false);
    for (const other of lines.filter((o) => o !== line)) expect(overlap(line.numberBox, other.numberBox), `${what}'s number on ${other.to}'s`).toBe(false);
  }
  await page.getByRole('region', { name: /^(Countries|Pays)$/ }).screenshot({ path: `${SCREENSHOTS}/${shot}` });
}

const at = (path: string, viewport = LAPTOP): DashboardOptions => ({ path, viewport });

describe('partner lines in Chromium', () => {
  test('a click on Kazakhstan draws a line to each partner, numbered as in the table', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      await page.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }).click();
      await checkLines(page, 'en', 'Shared with Kazakhstan', 'partner-lines-1366x768.png');
      expect(await page.getByText('Lines: undertakings Kazakhstan shares with each country (number on the line).').isVisible()).toBe(true);
    });
  });

  test('the same in French, on a projector', async () => {
    await withDashboard(browser, async (page) => {
      await page.getByRole('button', { name: 'Kazakhstan : 19 engagements' }).waitFor();
      await checkLines(page, 'fr', 'Kazakhstan : en commun', 'partner-lines-fr-1920x1080.png');
      expect(await page.getByText('Lignes — Kazakhstan : engagements en commun avec chaque pays (nombre sur la ligne).').isVisible()).toBe(true);
    }, at('/?c=KAZ&lang=fr', PROJECTOR));
  });

  test('the lines let a click through to the country under them', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      const [china] = (await drawnLines(page)).filter((l) => l.to === 'CHN');
      // Halfway along the line to China, the pointer finds a country, not the line.
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.getAttribute('aria-label'), china!.middle);
      expect(hit).toMatch(/^(China|Kazakhstan): \d+ undertakings$/);
      await page.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }).click();
      await expect.poll(() => page.locator('path.map__link').count()).toBe(0);
    }, at('/?c=KAZ', PROJECTOR));
  });
});
