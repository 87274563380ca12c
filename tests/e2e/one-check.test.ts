import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BAD_SOURCES, type BadSourceCase } from '../fixtures/bad-sources';
import { runScript } from '../unit/scripts/run-script';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** What `npm run data:check` says of the case: one line per problem, without the file's name. */
function commandLineProblems(bad: BadSourceCase): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'bad-source-'));
  mkdirSync(join(folder, dirname(bad.sourceFile)), { recursive: true });
  writeFileSync(join(folder, bad.sourceFile), bad.source);
  writeFileSync(join(folder, 'dataset.json'), bad.dataset);
  const { status, stderr } = runScript('data-check.ts', join(folder, 'dataset.json'));
  expect(status).toBe(1);
  return stderr.split('\n').filter((line) => line.startsWith('  dataset.json › ')).map((line) => line.slice('  dataset.json › '.length));
}

describe('the browser checks an opened dataset exactly as the command line does', () => {
  for (const bad of BAD_SOURCES) {
    test(`a source with ${bad.name}: the same problems, in the same words, and the current dataset stays`, async () => {
      const expected = commandLineProblems(bad);
      expect(expected.length).toBeGreaterThan(0);
      await withDashboard(browser, async (page) => {
        await mapReady(page);
        await page.getByLabel('Open dataset…', { exact: true }).setInputFiles([
          { name: 'dataset.json', mimeType: 'application/json', buffer: Buffer.from(bad.dataset) },
          { name: basename(bad.sourceFile), mimeType: 'text/plain', buffer: bad.source },
        ]);
        const alert = page.getByRole('alert', { name: 'This dataset could not be opened; the current one stays' });
        await expect.poll(() => alert.count()).toBe(1);
        const shown = await alert.locator('li').allTextContents();
        expect(shown).toEqual(expected);
        expect(await listHeading(page).textContent()).toBe('Undertakings (29)');
      });
    });
  }
});
