import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { exportFile, readSvg as readSvgIn, type Exported } from './support/exports';
import { SCREENSHOTS, listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const VIEWS = [
  ['Countries', 'country-map'],
  ['Cooperation domains by country', 'domain-heatmap'],
  ['Pledge timeline', 'pledge-timeline'],
  ['Undertakings', 'undertakings'],
  ['Dashboard', 'dashboard'],
] as const;

const decode = (bytes: Buffer) => PNG.sync.read(bytes);
const readSvg = (svg: string) => readSvgIn(browser, svg);
function distinctColours(png: PNG): number {
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  return colours.size;
}

describe('export in Chromium', () => {
  test('loads the export code only when someone exports', async () => {
    await withDashboard(browser, async (page) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await mapReady(page);
      expect(requested.filter((url) => url.includes('run-export'))).toEqual([]);
      await exportFile(page, 'Undertakings', ['CSV']);
      expect(requested.filter((url) => url.includes('run-export'))).toHaveLength(1);
    });
  });

  for (const [view, slug] of VIEWS) {
    test(`exports ${view} as PNG at 1×, 2× and 4×, and as SVG that describes itself`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          const twice = await exportFile(page, view, ['PNG', '2×']);
          expect(twice.name).toBe(`${slug}_kazakhstan_2023-04-26.png`);
          const again = await exportFile(page, view, ['PNG', '2×']);
          expect(again.bytes.equals(twice.bytes)).toBe(true);
          const once = decode((await exportFile(page, view, ['PNG', '1×'])).bytes);
          const four = decode((await exportFile(page, view, ['PNG', '4×'])).bytes);
          const png = decode(twice.bytes);
          expect([png.width, png.height]).toEqual([once.width * 2, once.height * 2]);
          expect([four.width, four.height]).toEqual([once.width * 4, once.height * 4]);
          expect(distinctColours(png)).toBeGreaterThan(8);
          writeFileSync(`${SCREENSHOTS}/export-${slug}.png`, twice.bytes);

          const svg = await exportFile(page, view, ['SVG']);
          expect(svg.name).toBe(`${slug}_kazakhstan_2023-04-26.svg`);
          const text = svg.bytes.toString('utf8');
          const drawn = await readSvg(text);
          expect(drawn.parseError).toBe('');
          expect(drawn.words).toContain('Kazakhstan — 19 undertakings');
          expect(drawn.words).toContain("Source: Readout of Qin Gang's talks in Xi'an with the five Central Asian foreign ministers, 26 April 2023");
          expect(drawn.words).toMatch(/China–Central Asia cooperation dashboard · exported \d{1,2} [A-Z][a-z]{2} \d{4}/);
          expect(drawn.overlaps).toEqual([]);
          expect(text).toContain('src:url(data:font/woff2;base64,');
          expect(text).not.toMatch(/var\(--/);
          // No control of the page is drawn: no button to enlarge or export, no hint on how to use it.
          expect(drawn.words).not.toMatch(/Enlarge|Export\b|Drag the handles|Click a (country|cell)/);
        },
        { path: '/?c=KAZ' },
      );
    });
  }

  test('the dashboard export carries each panel under its title, the list as far as it shows, and no panel left with a blank band', async () => {
    for (const path of ['/', '/?c=KAZ', '/?d=trade']) {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          const drawn = await readSvg((await exportFile(page, 'Dashboard', ['SVG'])).bytes.toString('utf8'));
          expect(drawn.overlaps).toEqual([]);
          expect(Object.keys(drawn.emptiestBands)).toEqual(['Countries', 'Pledge timeline', 'Cooperation domains by country', expect.stringMatching(/^Undertakings \(\d+\)$/)]);
          // The list shows whole rows and may end short of its foot; the other panels leave no gap
          // wider than the one between a heading and what follows it.
          for (const panel of ['Countries', 'Pledge timeline', 'Cooperation domains by country']) expect(drawn.emptiestBands[panel], `${path}: ${panel}`).toBeLessThanOrEqual(24);
          // The timeline drawn again for the file is gone from the page.
          expect(await page.locator('.export-twin').count()).toBe(0);
          if (path === '/') expect(drawn.words).toMatch(/The list shows the first \d+ of 29 undertakings; the CSV export has them all\./);
        },
        { path },
      );
    }
  });

  test('the exported heatmap marks the same selected rows and columns as the screen', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        const heatmap = page.getByRole('region', { name: 'Cooperation domains by country' });
        const onScreen = await heatmap.locator('[aria-pressed="true"]').evaluateAll((els) => els.map((el) => el.textContent.trim()));
        expect(onScreen).toEqual(expect.arrayContaining(['Trade', 'Energy']));
        const drawn = await readSvg((await exportFile(page, 'Cooperation domains by country', ['SVG'])).bytes.toString('utf8'));
        expect(drawn.pressed).toEqual(onScreen);
        expect(drawn.words).toMatch(/Kazakhstan.*(Trade.*Energy|Energy.*Trade).* — \d+ undertakings?/);
      },
      { path: '/?c=KAZ&d=trade,energy' },
    );
  });

  test('a label holding a control or bidi-override character still gives a valid file', async () => {
    const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { commitments: { title: { en: string; fr: string } }[] };
    dataset.commitments[0]!.title = { en: 'Build\u000Ba \u202Eroad', fr: 'Construire\u000Bune route' };
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        const svg = await exportFile(page, 'Undertakings', ['SVG']);
        await expect.poll(() => page.getByText(`Saved ${svg.name}`).count()).toBe(1);
        const drawn = await readSvg(svg.bytes.toString('utf8'));
        expect(drawn.parseError).toBe('');
        expect(drawn.words).toContain('Build\uFFFDa \uFFFDroad');
        const csv = (await exportFile(page, 'Undertakings', ['CSV', 'Current selection'])).bytes.toString('utf8');
        expect(csv).toContain('Build\uFFFDa \uFFFDroad');
      },
      { prepare: (page) => page.route('**/data/dataset.json', (r) => r.fulfill({ body: JSON.stringify(dataset) })) },
    );
  });

  test('an image exported in the dark theme is dark around the view too, so its title and source can be read', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        const png = decode((await exportFile(page, 'Pledge timeline', ['PNG', '1×'])).bytes);
        const pageBackground = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
        const corner = `#${[0, 1, 2].map((i) => png.data[i]!.toString(16).padStart(2, '0')).join('')}`;
        expect(corner).toBe(pageBackground.toLowerCase());
        // Dark: the corner's brightness is low.
        expect(png.data[0]! + png.data[1]! + png.data[2]!).toBeLessThan(3 * 80);
      },
      { prepare: (page) => page.emulateMedia({ colorScheme: 'dark' }) },
    );
  });

  test('CSV holds the rows on screen, or the whole dataset', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        const parse = (file: Exported) => Papa.parse<string[]>(file.bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
        const list = parse(await exportFile(page, 'Undertakings', ['CSV', 'Current selection']));
        const onScreen = await page.getByRole('list', { name: /undertakings$/ }).getByRole('listitem').count();
        expect(list).toHaveLength(onScreen + 1);
        expect(list[0]?.[0]).toBe('Id');
        const titles = await page.locator('.commitment-list__title').allTextContents();
        expect(list.slice(1).map((row) => row[1])).toEqual(titles);
        expect(list.slice(1).every((row) => row[15]?.length)).toBe(true);

        const all = parse(await exportFile(page, 'Undertakings', ['CSV', 'Full dataset']));
        expect(all).toHaveLength(47);

        const heatmap = parse(await exportFile(page, 'Cooperation domains by country', ['CSV', 'Current selection']));
        expect(heatmap[0]).toEqual(['Group', 'Domain', 'Uzbekistan']);
        expect(heatmap.find((row) => row[1] === 'Political trust')?.[2]).toBe(
          await page.getByRole('button', { name: /^Uzbekistan, Political trust:/ }).textContent(),
        );
        const timeline = parse(await exportFile(page, 'Pledge timeline', ['CSV', 'Current selection']));
        // Single marks, and what the counted marks of a day count.
        const plot = page.getByRole('region', { name: 'Pledge timeline' });
        const single = await plot.getByRole('button', { name: /— 26 Apr 2023$/ }).count();
        const counted = await plot.getByRole('button', { name: /: \d+ undertakings?, 26 Apr 2023$/ }).evaluateAll((bins) => bins.reduce((n, b) => n + Number(/: (\d+) /.exec(b.getAttribute('aria-label') ?? '')?.[1] ?? 0), 0));
        expect(timeline.filter((row) => row[0] === 'Statement')).toHaveLength(single + counted);
        const map = parse(await exportFile(page, 'Countries', ['CSV', 'Current selection']));
        expect(map.slice(1).map((row) => `${row[0]}: ${row[1]}`)).toContain('Uzbekistan: 19');
      },
      { path: '/?c=UZB' },
    );
  });

  test('a failed export says what failed, and the page keeps working', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        await page.getByRole('button', { name: 'Export: Pledge timeline' }).click();
        await page.getByRole('radio', { name: 'SVG' }).check();
        await page.getByRole('button', { name: 'Download' }).click();
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.textContent()).toMatch(/^Export of Pledge timeline failed: the font .* could not be loaded \(HTTP 404\)$/);
        await page.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }).click();
        await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (19)');
      },
      { prepare: (page) => page.route('**/*.woff2', (route) => route.fulfill({ status: 404, body: '' })) },
    );
  });

  test('copies a PNG to the clipboard where the browser allows it', async () => {
    await withDashboard(browser, async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      // The clipboard accepts writes only from the focused page.
      await page.bringToFront();
      await mapReady(page);
      await page.getByRole('button', { name: 'Export: Cooperation domains by country' }).click();
      await page.getByRole('button', { name: 'Copy image' }).click();
      await expect.poll(() => page.getByText('Image copied to the clipboard').count()).toBe(1);
      const copied = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const blob = await item?.getType('image/png');
        return blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : [];
      });
      const png = decode(Buffer.from(copied));
      expect(png.width).toBeGreaterThan(500);
    });
  });

  test('shows progress while a slow export runs', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        await page.getByRole('button', { name: 'Export: Pledge timeline' }).click();
        await page.getByRole('radio', { name: 'SVG' }).check();
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Download' }).click();
        await expect.poll(() => page.getByRole('status').filter({ hasText: 'Exporting…' }).count()).toBe(1);
        await download;
        await expect.poll(() => page.getByText(/^Saved pledge-timeline_2023-04-26\.svg$/).count()).toBe(1);
      },
      { prepare: (page) => page.route('**/*.woff2', async (route) => (await new Promise((r) => setTimeout(r, 600)), route.continue())) },
    );
  });

  test('the export menu works by keyboard and closes with Escape', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      const button = page.getByRole('button', { name: 'Export: Countries' });
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await page.getByRole('group', { name: 'Export: Countries' }).count()).toBe(1);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
      await page.keyboard.press('Escape');
      expect(await page.getByRole('group', { name: 'Export: Countries' }).count()).toBe(0);
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    });
  });
});
