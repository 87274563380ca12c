import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export interface Viewport {
  width: number;
  height: number;
}

/**
 * A page plus what went wrong while it ran. (Playwright's own `Page` already has
 * `pageErrors()`/`consoleMessages()` methods, so these live beside the page, not on it.)
 */
export interface TrackedPage {
  page: Page;
  /** Uncaught exceptions thrown in the page (`pageerror`). */
  pageErrors: Error[];
  /** Text of `console.error` messages. */
  consoleErrors: string[];
  /** URLs of requests to another origin than the app; they are aborted. */
  foreignRequests: string[];
  /** Closes the page's browser context. */
  close(): Promise<void>;
}

/**
 * Chromium as the tests drive it. Headless, Playwright hides scrollbars; `showScrollbars` keeps
 * them, as a user on Windows or Linux sees them, taking their room from the page.
 */
export function launchBrowser({ showScrollbars = false } = {}): Promise<Browser> {
  return chromium.launch({
    ...(showScrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens `path` (relative to the preview server's base URL) in a fresh context. `prepare` runs
 * before the page loads, to install routes that serve a test's own files.
 */
export async function openPage(
  browser: Browser,
  path: string,
  viewport: Viewport = { width: 1280, height: 800 },
  prepare?: (page: Page) => Promise<unknown>,
  /** What to wait for: the page loaded, or only its first bytes (a test holding a script back). */
  waitUntil: 'load' | 'commit' = 'load',
): Promise<TrackedPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const tracked: TrackedPage = {
    page,
    pageErrors: [],
    consoleErrors: [],
    foreignRequests: [],
    close: () => context.close(),
  };

  page.on('pageerror', (error) => tracked.pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') tracked.consoleErrors.push(message.text());
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    tracked.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });

  await prepare?.(page);
  await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil });
  return tracked;
}
