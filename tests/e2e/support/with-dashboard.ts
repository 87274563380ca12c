import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, type TrackedPage, type Viewport } from './browser';

export const SCREENSHOTS = 'reports/screenshots';
export const LAPTOP: Viewport = { width: 1366, height: 768 };
export const PROJECTOR: Viewport = { width: 1920, height: 1080 };
export const PHONE: Viewport = { width: 390, height: 844 };

export interface DashboardOptions {
  path?: string;
  viewport?: Viewport;
  /** Runs before the page loads, e.g. to serve a test's own files. */
  prepare?: (page: Page) => Promise<unknown>;
  /** What to wait for before the test runs: the page loaded (by default), or only its first bytes. */
  waitUntil?: 'load' | 'commit';
}

/**
 * Opens the dashboard, runs the test, then checks that nothing threw in the page and that no
 * request left the page's origin.
 */
export async function withDashboard(
  browser: Browser,
  run: (page: Page, tracked: TrackedPage) => Promise<void>,
  { path = '/', viewport = LAPTOP, prepare, waitUntil }: DashboardOptions = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const tracked = await openPage(browser, path, viewport, prepare, waitUntil);
  try {
    await run(tracked.page, tracked);
    expect(tracked.pageErrors.map((e) => e.message)).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
  } finally {
    await tracked.close();
  }
}

/** The list's heading, which says what it counts and how many: "Undertakings (29)". */
export const listHeading = (page: Page) => page.getByRole('heading', { name: /^(Undertakings|Calls|Supports or positions|Assessments|Statements|Engagements|Appels|Soutiens ou positions|Évaluations|Déclarations) \(\d+\)$/ });

/** Waits until the map has drawn its countries and every view has drawn. */
export async function mapReady(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Kazakhstan ?: \d+/ }).waitFor();
  // The timeline's code arrives on its own: the page marks charts-ready once it has drawn too.
  await page.waitForFunction(() => performance.getEntriesByName('charts-ready').length > 0);
}

/** Chooses a theme as a user would keep it (saved preferences), reloads, and waits for the map. */
export async function reloadInTheme(page: Page, theme: string): Promise<void> {
  await mapReady(page);
  await page.evaluate((t) => localStorage.setItem('china-central-asia-dashboard/preferences', JSON.stringify({ state: { theme: t }, version: 1 })), theme);
  await page.reload();
  await mapReady(page);
}

/**
 * Presents the default tour and calls `visit` on each of its scenes in turn, once the presenter
 * bar says that scene is on screen.
 */
export async function walkTour(page: Page, visit: (scene: number) => Promise<void>, scenes = 13): Promise<void> {
  await page.keyboard.press('p');
  for (let scene = 1; scene <= scenes; scene++) {
    await expect.poll(() => page.locator('.presenter-bar__scene').textContent()).toMatch(new RegExp(`^${scene} / ${scenes}`));
    await visit(scene);
    await page.keyboard.press('ArrowRight');
  }
}
