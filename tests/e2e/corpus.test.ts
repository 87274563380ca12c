import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recodedReadout } from '../fixtures/recoded-readout';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, SCREENSHOTS, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Opens the test corpus of three readouts through "Open folder…", as an analyst picks its folder. */
async function openCorpus(page: Page): Promise<void> {
  await mapReady(page);
  await page.getByLabel('Open folder…').setInputFiles('tests/fixtures/corpus');
  await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (8)');
}

const readout = (page: Page, name: RegExp) => page.getByRole('checkbox', { name });
/** What the readout filter says of a readout's statements: how many, new and linked. */
const countsOf = (page: Page, sourceId: string) => page.locator(`.readout-filter__counts[data-source-id="${sourceId}"]`).textContent();
const details = (page: Page) => page.locator('.details');

describe('a corpus of several readouts, in Chromium', () => {
  test('filters by meeting and by year, in the URL, "Showing…" and Reset; says what each readout adds', async () => {
    await withDashboard(browser, async (page) => {
      await openCorpus(page);
      expect(await countsOf(page, 'fm-2023-readout')).toBe('2 undertakings: 2 new');
      expect(await countsOf(page, 'fm-2024-readout')).toBe('4 undertakings: 2 new, 1 repeated, 1 advancing an earlier one');
      expect(await countsOf(page, 'summit-2025-readout')).toBe('2 undertakings: 1 repeated, 1 superseding an earlier one');

      await readout(page, /Foreign ministers' meeting no\. 5, Chengdu/).check();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (4)');
      expect(await page.locator('.filter-bar__words').textContent()).toBe("Showing: Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024 — 4 undertakings");
      expect(new URL(page.url()).searchParams.get('src')).toBe('fm-2024-readout');
      // The heatmap counts only that meeting's: its trade row holds the one repetition, not the 2023 original.
      expect(await page.getByRole('button', { name: /^Kazakhstan, Trade: \d+ undertakings?$/ }).getAttribute('aria-label')).toBe('Kazakhstan, Trade: 1 undertaking');

      // A scene keeps the readouts chosen, and brings them back.
      await page.getByRole('button', { name: /^Scenes \(\d+\)$/ }).click();
      await page.getByRole('button', { name: 'Add the current view' }).click();
      const scenes = page.locator('.scene-manager__scene');
      expect(await scenes.last().locator('a').getAttribute('href')).toBe('?src=fm-2024-readout');
      await page.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Reset filters' }).click();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (8)');
      await page.getByRole('button', { name: /^Scenes \(\d+\)$/ }).click();
      await scenes.last().locator('a').click();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (4)');
      expect(await readout(page, /meeting no\. 5/).isChecked()).toBe(true);

      // Another filter changes what each readout is said to add.
      await page.getByRole('button', { name: /^Kazakhstan ?: \d+/ }).click();
      await expect.poll(() => countsOf(page, 'fm-2024-readout')).toBe('3 undertakings: 2 new, 1 repeated');
      expect(await countsOf(page, 'fm-2023-readout')).toBe('1 undertaking: 1 new');

      await page.getByRole('button', { name: 'Show only the readouts of 2025' }).click();
      await expect.poll(() => page.locator('.filter-bar__words').textContent()).toBe('Showing: Kazakhstan · Summit no. 2, Astana · 17 Jun 2025 — 2 undertakings');
      expect(await readout(page, /Summit no\. 2/).isChecked()).toBe(true);
      expect(await readout(page, /meeting no\. 5/).isChecked()).toBe(false);

      // Each pledge once: a repeated or advanced pledge counts at its latest mention.
      await page.getByRole('button', { name: 'Show only the readouts of 2025' }).click();
      await page.getByRole('button', { name: /^Kazakhstan ?: \d+/ }).click();
      await page.getByRole('checkbox', { name: 'Each pledge once, at its latest mention' }).check();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (4)');
      expect(new URL(page.url()).searchParams.get('latest')).toBe('1');
      expect(await page.getByRole('button', { name: /^Kazakhstan, Trade: / }).getAttribute('aria-label')).toBe('Kazakhstan, Trade: 1 undertaking');

      await page.getByRole('button', { name: 'Reset filters' }).click();
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (8)');
      expect(new URL(page.url()).searchParams.has('src')).toBe(false);
      await page.screenshot({ path: `${SCREENSHOTS}/corpus-readouts.png` });
    });
  });

  test('follows a pledge from its first mention through its repetitions, each quote in its own language', async () => {
    await withDashboard(browser, async (page) => {
      await openCorpus(page);
      await page.getByRole('button', { name: /^Raise trade volume to a higher level and facilitate cross-border trade in agricultural products/ }).first().click();
      const chain = details(page).locator('.details__chain li');
      await expect.poll(() => chain.count()).toBe(3);
      expect(await chain.allTextContents()).toEqual([
        "First made · Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023: Raise trade volume to a higher level and facilitate cross-border trade in agricultural products (this statement)",
        "Repeats · Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024: Raise trade volume to a higher level and further facilitate cross-border trade in agricultural products",
        expect.stringMatching(/^Repeats · Summit no\. 2, Astana · 17 Jun 2025: /),
      ]);
      // A French quote, with its English translation.
      expect(await details(page).locator('figcaption').first().textContent()).toBe('Source text (French)');
      expect(await details(page).getByText('English translation').count()).toBe(1);

      await chain.nth(2).getByRole('button').click();
      await expect.poll(() => details(page).locator('.details__chain li[aria-current="step"]').textContent()).toMatch(/^Repeats · Summit no\. 2, Astana · 17 Jun 2025: .*\(this statement\)$/);
      // The title of the statement opened from the chain has the focus, for keyboard users.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-title');
      expect(new URL(page.url()).searchParams.get('focus')).toBe('summit-2025/trade-volume');
      // An English quote is the source text itself: no translation repeats it.
      expect(await details(page).locator('figcaption').first().textContent()).toBe('Source text (English)');
      expect(await details(page).getByText('English translation').count()).toBe(0);
      expect(await details(page).locator('dd', { hasText: 'Readout of' }).or(details(page).locator('dd', { hasText: 'excerpt' })).first().textContent()).toMatch(/Summit no\. 2, Astana · 17 Jun 2025; English; excerpt; publication date not recorded; address not recorded/);
      await page.screenshot({ path: `${SCREENSHOTS}/corpus-chain.png` });
      // The source itself, with what is known of it.
      await details(page).getByRole('button', { name: 'Show in source' }).click();
      expect(await page.locator('.source-reader__about').textContent()).toBe('Summit no. 2, Astana; English; excerpt; publication date not recorded; address not recorded');
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'Français' }).click();
      await expect.poll(() => details(page).locator('figcaption').first().textContent()).toBe('Texte source (anglais)');
      expect(await details(page).getByText('Traduction (français)').count()).toBe(1);
    });
  });

  test('compares two meetings on the map and the heatmap, earlier → later, in words as well as colour', async () => {
    await withDashboard(browser, async (page) => {
      await openCorpus(page);
      const compare = page.getByRole('checkbox', { name: /^Compare the two ticked/ });
      expect(await compare.isDisabled()).toBe(true);
      await readout(page, /meeting no\. 5/).check();
      await readout(page, /meeting no\. 4/).check();
      await compare.check();
      await expect.poll(() => page.getByRole('button', { name: /^Kazakhstan ?: / }).getAttribute('aria-label')).toBe('Kazakhstan: 1 → 3 undertakings');
      expect(new URL(page.url()).searchParams.get('compare')).toBe('1');
      expect(await page.locator('.map__label', { hasText: 'Kyrgyzstan' }).locator('.map__count').textContent()).toBe('2 → 4');
      const customs = page.getByRole('button', { name: /^Kazakhstan, Customs: / });
      expect(await customs.getAttribute('aria-label')).toBe('Kazakhstan, Customs: 0 → 1 undertaking');
      expect(await customs.textContent()).toBe('0 → 1');
      expect(await page.locator('.heatmap .view__note--compare').textContent()).toBe("Each count reads Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023 → Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024; the colour is the later count.");
      // The map's table says the same.
      expect(await page.locator('.map .data-table tr', { hasText: 'Kazakhstan' }).locator('td').first().textContent()).toBe('1 → 3');
      await page.screenshot({ path: `${SCREENSHOTS}/corpus-compare.png` });

      // A third readout ends the comparison; the counts are plain again.
      await readout(page, /Summit no\. 2/).check();
      await expect.poll(() => page.getByRole('button', { name: /^Kazakhstan ?: / }).getAttribute('aria-label')).toBe('Kazakhstan: 6 undertakings');
      expect(await compare.isDisabled()).toBe(true);
    });
  });

  test('a link to a statement of the corpus opens it, and the status a later readout reports says which', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await openCorpus(page);
        await page.goto(`${new URL(page.url()).origin}/?focus=fm-2023/railway-study`);
        await expect.poll(() => details(page).locator('#details-title').textContent()).toBe('Study the feasibility of a China–Kyrgyzstan–Uzbekistan railway line');
        expect(await details(page).locator('.details__statuses li').allTextContents()).toEqual([
          'Announced, as of 27 Apr 2023',
          "In progress, as of 5 Dec 2024 — Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024",
        ]);
        expect(await details(page).locator('.details__chain li').allTextContents()).toEqual([
          expect.stringMatching(/^First made · Foreign ministers' meeting no\. 4.*\(this statement\)$/),
          expect.stringMatching(/^Advances · Foreign ministers' meeting no\. 5, Chengdu · 5 Dec 2024: Speed up the completion/),
        ]);
      },
    );
  });

  test('opens as the files of its folder chosen together through "Open dataset…"', async () => {
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      const folder = 'tests/fixtures/corpus';
      const files = ['corpus.json', 'registry.json', ...readdirSync(`${folder}/readouts`).map((f) => `readouts/${f}`), ...readdirSync(`${folder}/sources`).map((f) => `sources/${f}`)];
      await page.getByLabel('Open dataset…', { exact: true }).setInputFiles(files.map((f) => ({ name: f.split('/').pop() ?? f, mimeType: f.endsWith('.json') ? 'application/json' : 'text/plain', buffer: readFileSync(`${folder}/${f}`) })));
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (8)');
      expect(await page.locator('.readout-filter__counts').count()).toBe(3);
    });
  });

  test('has no accessibility violation (axe-core, WCAG 2.2 AA) with two readouts compared and a chain open', async () => {
    await withDashboard(browser, async (page) => {
      await openCorpus(page);
      await readout(page, /meeting no\. 4/).check();
      await readout(page, /meeting no\. 5/).check();
      await page.getByRole('checkbox', { name: /^Compare the two ticked/ }).check();
      await page.getByRole('button', { name: /^Speed up the completion/ }).first().click();
      await details(page).locator('.details__chain').waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  });

  test('a readout file opened alone stands beside the embedded dataset; one of its source codes it anew, in its place', async () => {
    const readout = recodedReadout(3);
    await withDashboard(browser, async (page) => {
      await mapReady(page);
      // The readout alone: its source's text is the embedded one, read from the page's own files.
      await page.getByLabel('Open dataset…', { exact: true }).setInputFiles([{ name: 'xian-recoded.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(readout)) }]);
      await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (1)');
      await page.getByRole('group', { name: 'Statement types' }).getByRole('checkbox', { name: 'Call' }).check();
      await expect.poll(() => listHeading(page).textContent()).toBe('Statements (3)');
      expect(await page.locator('.commitment-list > li').count()).toBe(3);
      // The map counts them, and the readout replaced the embedded one of its source: no other readout is listed.
      expect(await page.getByRole('button', { name: /^China ?: / }).getAttribute('aria-label')).toBe('China: 3 statements');
      expect(await page.locator('.readout-filter').count()).toBe(0);
      expect(await page.getByText('xian-recoded.json is open').count()).toBe(1);
    });
  });
});
