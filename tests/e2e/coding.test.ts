import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { listHeading, SCREENSHOTS, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const SOURCE = 'public/data/sources/2023-04-26-china-central-asia-fm-meeting.fr.txt';
const TEXT = readFileSync(SOURCE, 'utf8');

/** Opens the embedded source in the coding tool and starts coding it. */
async function startCoding(page: Page): Promise<void> {
  await page.getByLabel('Open a text file…').setInputFiles(SOURCE);
  await page.getByText(/^SHA-256 73b85283/).waitFor();
  await page.getByRole('button', { name: 'Start coding' }).click();
  await page.getByText('0 of 30 sentences coded').waitFor();
}

interface Coding {
  sentence: number;
  titles: [string, string];
  type: string;
  strength: string;
  makers: string[];
  partners: string[];
  /** The countries the form offers as named in the sentence, if any. */
  named: string | null;
  concerned: string[];
  domains: string[];
  translation: string;
  /** Accepts the date the form suggests (a day, or the source's year for "cette année"). */
  date: RegExp;
}

/** Codes one sentence through the form, accepting what the words suggest, and adds the record. */
async function code(page: Page, c: Coding): Promise<void> {
  await page.locator(`[data-sentence="${c.sentence - 1}"]`).focus();
  await page.keyboard.press('Enter');
  const form = page.locator('.coding__record');
  await form.getByLabel('Title (English)', { exact: false }).first().fill(c.titles[0]);
  await form.getByLabel('Title (French)').fill(c.titles[1]);
  await form.getByLabel('What the sentence does').selectOption({ label: c.type });
  await form.getByLabel('How strongly').selectOption({ label: c.strength });
  await form.getByRole('button', { name: /^Accept the suggested cues/ }).click();
  // The countries the sentence names are offered; those it does not name are ticked by hand.
  if (c.named) await form.getByRole('button', { name: `Accept the countries named: ${c.named}` }).click();
  for (const name of c.concerned) await form.getByRole('group', { name: 'Countries concerned' }).getByLabel(name).check();
  for (const name of c.makers) await form.getByRole('group', { name: 'Made by' }).getByLabel(name).check();
  for (const name of c.partners) await form.getByRole('group', { name: 'With or toward' }).getByLabel(name).check();
  await form.getByLabel(/^Domains/).selectOption(c.domains.map((label) => ({ label })));
  await form.getByRole('button', { name: c.date }).click();
  await form.getByLabel('The passage in English').fill(c.translation);
  await expect.poll(() => form.locator('.coding__holds').count()).toBe(1);
  await form.getByRole('button', { name: 'Add the record' }).click();
}

describe('coding a readout in the browser, in Chromium', () => {
  test('codes three sentences of the embedded source from scratch, keeps them over a reload, and their file passes data:check and opens in every view', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await startCoding(page);
        await code(page, {
          sentence: 25, titles: ['Use the signing of a mutual visa exemption agreement to facilitate people-to-people exchanges', 'Profiter de la signature d’un accord mutuel d’exemption de visa'],
          type: 'Undertaking', strength: 'Undertaking', makers: ['China', 'Kazakhstan'], partners: [], named: 'China, Kazakhstan', concerned: [], domains: ['Visa exemption'],
          translation: 'China and Kazakhstan will use the signing of a mutual visa exemption agreement to facilitate people-to-people exchanges.', date: /^Accept the date the text gives: « Le 26 avril 2023 »$/,
        });
        await code(page, {
          sentence: 5, titles: ['Call to give full play to the intergovernmental cooperation committee', 'Appel à jouer pleinement le rôle du comité intergouvernemental'],
          type: 'Call', strength: 'Call', makers: ['China'], partners: ['China', 'Kyrgyzstan'], named: null, concerned: ['China', 'Kyrgyzstan'], domains: ['Mechanisms and meetings'],
          translation: 'We must give full play to the role of the intergovernmental cooperation committee.', date: /^Accept the date the text gives: « Le 26 avril 2023 »$/,
        });
        await code(page, {
          sentence: 6, titles: ["Support for Kyrgyzstan in hosting this year's SCO prime ministers' meeting", 'Soutien au Kirghizistan dans l’accueil de la réunion de l’OCS'],
          type: 'Support or position', strength: 'Support or position', makers: ['China'], partners: ['Kyrgyzstan'], named: 'China, Kyrgyzstan', concerned: [], domains: ['UN, SCO, multilateral'],
          translation: "China supports Kyrgyzstan in hosting this year's SCO heads of government meeting.", date: /^Accept the date the text gives: « cette année »$/,
        });
        await expect.poll(() => page.locator('.coding__coverage').textContent()).toBe('3 of 30 sentences coded');
        expect(await page.locator('.coding__coded').count()).toBe(3);

        // The meeting it reports, from the sentence that names it.
        await page.locator('[data-sentence="0"]').focus();
        await page.keyboard.press('Enter');
        const meeting = page.locator('.coding__meeting');
        await meeting.locator('summary').click();
        await meeting.getByLabel('Title (English)').fill("Fourth China–Central Asia foreign ministers' meeting");
        await meeting.getByLabel('Title (French)').fill('Quatrième réunion des ministres des Affaires étrangères Chine-Asie centrale');
        await meeting.getByLabel('Number in the series').fill('4');
        await meeting.getByLabel('Host city').selectOption({ label: "Xi'an" });
        for (const name of ['Qin Gang', 'Murat Nurtleu']) await meeting.getByLabel(name).check();
        await meeting.getByLabel('Precision').selectOption({ label: 'not given' });
        await meeting.getByLabel("The text's own words for it").fill('la quatrième réunion des ministres des affaires étrangères Chine-Asie centrale');
        await meeting.getByLabel('The passage in English').fill("On 26 April 2023, Qin Gang held talks in Xi'an with the ministers who came to China for the fourth China–Central Asia foreign ministers' meeting.");
        await meeting.getByRole('button', { name: 'Save the meeting' }).click();
        await expect.poll(() => meeting.textContent()).toContain("Meeting coded: Fourth China–Central Asia foreign ministers' meeting.");

        // A domain the registry lacks, quoted from the words that name it: selected in the sentence's box.
        await page.locator('[data-sentence="24"]').focus();
        await page.keyboard.press('Enter');
        const box = page.locator('.coding__sentence-box');
        const sentence = (await box.inputValue());
        await box.evaluate((b: HTMLTextAreaElement, [from, to]) => {
          b.focus();
          b.setSelectionRange(from, to);
        }, [sentence.indexOf('consulats généraux'), sentence.indexOf('consulats généraux') + 'consulats généraux'.length] as const);
        await box.press('Shift');
        const registry = page.locator('.coding__registry');
        await registry.locator('summary').click();
        await registry.getByLabel('What').selectOption({ label: 'A domain' });
        await registry.getByLabel('Id (lowercase, hyphens)').fill('consulates-general');
        await registry.getByLabel('Title (English)').fill('Consulates general');
        await registry.getByLabel('Title (French)').fill('Consulats généraux');
        await registry.getByLabel('The passage in English').fill('consulates general');
        await registry.getByRole('button', { name: 'Add to the registry' }).click();
        await expect.poll(() => registry.textContent()).toContain('Added to the registry: Consulates general.');
        await page.screenshot({ path: `${SCREENSHOTS}/coding-three-sentences.png`, fullPage: true });
        // The tool passes axe-core (WCAG 2.2 AA) with a sentence open in the form.
        await page.locator('[data-sentence="7"]').focus();
        await page.keyboard.press('Enter');
        await page.locator('.coding__record').waitFor();
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOTS}/coding-a-sentence.png` });

        // Unfinished work is kept: a reload finds the three records.
        await page.reload();
        await expect.poll(() => page.locator('.coding__coverage').textContent()).toBe('3 of 30 sentences coded');
        expect(await page.locator('.coding__records li').count()).toBe(3);

        // The readout file and its text, checked by data:check as an analyst would.
        const downloads: { name: string; path: string }[] = [];
        page.on('download', (d) => void d.path().then((path) => downloads.push({ name: d.suggestedFilename(), path })));
        await page.getByRole('button', { name: 'Download the readout file and its text' }).click();
        await expect.poll(() => downloads.length).toBe(3);
        const folder = mkdtempSync(join(tmpdir(), 'coded-'));
        mkdirSync(join(folder, 'sources'));
        const readout = downloads.find((d) => d.name === 'xian-2023-fm-readout.json')!;
        const additions = downloads.find((d) => d.name === 'xian-2023-fm-readout.registry.json')!;
        writeFileSync(join(folder, readout.name), readFileSync(readout.path));
        writeFileSync(join(folder, additions.name), readFileSync(additions.path));
        writeFileSync(join(folder, 'sources', downloads.find((d) => d.name.endsWith('.txt'))!.name), readFileSync(downloads.find((d) => d.name.endsWith('.txt'))!.path));
        const check = spawnSync('node_modules/.bin/tsx', ['scripts/data-check.ts', join(folder, readout.name)], { encoding: 'utf8' });
        expect(check.stderr).toBe('');
        expect(check.status).toBe(0);
        expect(check.stdout).toMatch(/xian-2023-fm-readout\.json\s+2023-04-26\s+3\s+3/);
        expect(check.stdout).toContain("fr, complete; Foreign ministers' meeting no. 4");

        // The file can be opened again to continue: start over, then continue it with its text.
        await page.getByRole('button', { name: 'Start over with another text' }).click();
        await page.getByLabel('Continue a readout file… (with its text)').setInputFiles(downloads.map((d) => ({ name: d.name, mimeType: d.name.endsWith('.json') ? 'application/json' : 'text/plain', buffer: readFileSync(d.path) })));
        await expect.poll(() => page.locator('.coding__coverage').textContent()).toBe('3 of 30 sentences coded');

        // Opened in the dashboard at once: the three records, in every view.
        await page.getByRole('button', { name: 'Open it in the dashboard' }).click();
        await page.waitForURL((url) => !url.pathname.endsWith('code.html'));
        await expect.poll(() => listHeading(page).textContent(), { timeout: 30_000 }).toBe('Undertakings (1)');
        await page.getByRole('group', { name: 'Statement types' }).getByRole('checkbox', { name: 'Call' }).check();
        await page.getByRole('group', { name: 'Statement types' }).getByRole('checkbox', { name: 'Support or position' }).check();
        await expect.poll(() => listHeading(page).textContent()).toBe('Statements (3)');
        expect(await page.getByRole('button', { name: /^China ?: / }).getAttribute('aria-label')).toBe('China: 3 statements');
        expect(await page.getByRole('button', { name: /^Kyrgyzstan, UN, SCO, multilateral: / }).getAttribute('aria-label')).toBe('Kyrgyzstan, UN, SCO, multilateral: 1 statement');
        await page.locator('.timeline').getByText('Data table').click();
        // The timeline's table: the meeting coded, then the three statements.
        expect(await page.locator('.timeline .data-table tbody th').allTextContents()).toEqual([
          "Fourth China–Central Asia foreign ministers' meeting",
          'Use the signing of a mutual visa exemption agreement to facilitate people-to-people exchanges',
          'Call to give full play to the intergovernmental cooperation committee',
          "Support for Kyrgyzstan in hosting this year's SCO prime ministers' meeting",
        ]);
      },
      { path: '/code.html' },
    );
  });

  test('a selection, however made, codes the text at its offsets', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await startCoding(page);
        await page.locator('[data-sentence="24"]').focus();
        await page.keyboard.press('Enter');
        const box = page.locator('.coding__sentence-box');
        // The first words, selected by keyboard (and a space too many): the space is left out.
        await box.focus();
        await page.keyboard.press('Home');
        for (let i = 0; i < 26; i++) await page.keyboard.press('Shift+ArrowRight');
        const said = await page.locator('.coding__passage p').last().textContent();
        const [, start, end] = /characters (\d+)–(\d+)/.exec(said ?? '') ?? [];
        expect(said).toBe(`Coding characters ${start}–${end}: ${TEXT.slice(Number(start), Number(end))}`);
        expect(TEXT.slice(Number(start), Number(end))).toBe('La Chine et le Kazakhstan');

        // The tool speaks French as well; the passage chosen stays.
        await page.getByRole('button', { name: 'Français' }).click();
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Coder un compte rendu');
        expect(await page.locator('.coding__passage p').last().textContent()).toBe(`Codage des caractères ${start}–${end} : La Chine et le Kazakhstan`);
        expect(await page.locator('.coding__coverage').textContent()).toBe('0 phrases codées sur 30');
      },
      { path: '/code.html' },
    );
  });
});
