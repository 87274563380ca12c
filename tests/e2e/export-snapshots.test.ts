import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages';
import { launchBrowser } from './support/browser';
import { exportFile } from './support/exports';
import { firstDifference, outlineSvg } from './support/svg-outline';
import { mapReady, withDashboard } from './support/with-dashboard';

/**
 * Each view's exported SVG, in a handful of states, against the outline committed under
 * tests/snapshots/exports. A change to what a view draws fails here until it is looked at and
 * the outlines refreshed on purpose: `npm run snapshots:update`.
 */
const DIRECTORY = 'tests/snapshots/exports';
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

const STATES = [
  { name: 'default', path: '/' },
  { name: 'two-countries', path: '/?c=KAZ,UZB' },
  { name: 'domain', path: '/?d=energy' },
  { name: 'time-range', path: '/?from=1992-01-01&to=1993-12-31' },
  { name: 'french', path: '/?lang=fr' },
  { name: 'dark', path: '/', dark: true },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(DIRECTORY, { recursive: true });
});
afterAll(() => browser.close());

describe('exported SVG snapshots', () => {
  for (const state of STATES) {
    test(`every view exported in the "${state.name}" state draws as its committed outline`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          const t = MESSAGES[state.name === 'french' ? 'fr' : 'en'];
          const noun = (await page.locator('.view--details h2').textContent())?.replace(/ \(\d+\)$/, '') ?? '';
          // The dashboard holds the other views: its outline is kept for two states only.
          const views = [['map', t.mapTitle], ['heatmap', t.heatmapTitle], ['timeline', t.timelineTitle], ['list', noun],
            ...(state.name === 'default' || state.name === 'french' ? [['dashboard', t.dashboardView] as const] : [])] as const;
          const differences: string[] = [];
          for (const [slug, title] of views) {
            const svg = await exportFile(page, title, ['SVG'], { export: t.exportView(''), download: t.download });
            const outline = await outlineSvg(browser, svg.bytes.toString('utf8'));
            const file = `${DIRECTORY}/${slug}-${state.name}.txt`;
            if (UPDATE) writeFileSync(file, outline);
            else if (!existsSync(file)) differences.push(`${file} is missing: run npm run snapshots:update, look at it, and commit it`);
            else {
              const difference = firstDifference(readFileSync(file, 'utf8'), outline);
              if (difference) differences.push(`${file} differs at ${difference}`);
            }
          }
          expect(differences).toEqual([]);
        },
        { path: state.path, prepare: 'dark' in state ? (page) => page.emulateMedia({ colorScheme: 'dark' }) : undefined },
      );
    });
  }
});
