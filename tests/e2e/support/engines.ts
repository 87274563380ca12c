/**
 * The three engines analysts use, driven the way their makers allow, behind one small interface
 * the smoke steps use: Chromium through playwright-core, Firefox ESR through puppeteer-core over
 * WebDriver BiDi, and WebKitGTK through its WebDriver (WebKitWebDriver, under a virtual display).
 * Clicks, keys, typing and file choices are the engine's own input, not events made in the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { launchBrowser } from './browser';

export interface Engine {
  name: string;
  goto: (url: string) => Promise<void>;
  /** Runs a script (a function body) in the page and returns its value. */
  evaluate: <T>(body: string) => Promise<T>;
  /** Clicks the element matching `selector`, as a user would. */
  click: (selector: string) => Promise<void>;
  /** Presses one key ('p', 'ArrowRight', 'Escape'…) in the focused element. */
  press: (key: string) => Promise<void>;
  /** Types `text` into the element matching `selector`, key by key. */
  type: (selector: string, text: string) => Promise<void>;
  /** Chooses files in the file input matching `selector`. */
  chooseFiles: (selector: string, paths: readonly string[]) => Promise<void>;
  /** Errors the engine reported (console errors, uncaught errors, CSP violations) since the page loaded. */
  errors: () => Promise<string[]>;
  /** A PNG of the window, to look at what the engine drew. */
  screenshot: () => Promise<Buffer>;
  close: () => Promise<void>;
}

/** In the page: collects errors and Content-Security-Policy violations as they happen. */
export const COLLECT_ERRORS = `
  if (!window.__smokeErrors) {
    window.__smokeErrors = [];
    const keep = (text) => window.__smokeErrors.push(text);
    addEventListener('error', (e) => keep('error: ' + e.message));
    addEventListener('unhandledrejection', (e) => keep('unhandled rejection: ' + e.reason));
    document.addEventListener('securitypolicyviolation', (e) => keep('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
    const error = console.error.bind(console);
    console.error = (...args) => { keep('console: ' + args.join(' ')); error(...args); };
  }
  return true;`;

/** Chromium (Debian's, or CHROME_PATH), through playwright-core. */
export async function launchChromium(): Promise<Engine> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`error: ${String(error)}`));
  return {
    name: 'Chromium',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(`(() => {${COLLECT_ERRORS}})()`);
    },
    evaluate: <T>(body: string) => page.evaluate<T>(`(() => {${body}})()`),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    chooseFiles: (selector, paths) => page.setInputFiles(selector, [...paths]),
    errors: async () => [...errors, ...(await page.evaluate<string[]>('window.__smokeErrors ?? []'))],
    screenshot: () => page.screenshot(),
    close: () => browser.close(),
  };
}

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** Firefox ESR, headless, through puppeteer-core over WebDriver BiDi. */
export async function launchFirefox(): Promise<Engine> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install the Debian package firefox-esr (bash .ci/run does), or set FIREFOX_PATH`);
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // A download opens Firefox's downloads panel, which takes the focus from the page (no focus or
    // blur events reach it then); a user closes it, the suite does not have to.
    extraPrefsFirefox: { 'browser.download.alwaysOpenPanel': false },
  });
  const page: PuppeteerPage = await browser.newPage();
  await page.setViewport({ width: 1366, height: 900 });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`error: ${String(error)}`));
  return {
    name: 'Firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(`(() => {${COLLECT_ERRORS}})()`);
    },
    evaluate: <T>(body: string) => page.evaluate(`(() => {${body}})()`) as Promise<T>,
    click: async (selector) => {
      await page.click(selector);
    },
    press: async (key) => {
      await page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]);
    },
    type: (selector, text) => page.type(selector, text),
    chooseFiles: async (selector, paths) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no file input ${selector}`);
      await (input as unknown as { uploadFile: (...p: string[]) => Promise<void> }).uploadFile(...paths);
    },
    errors: async () => [...errors, ...((await page.evaluate('window.__smokeErrors ?? []')) as string[])],
    screenshot: async () => Buffer.from(await page.screenshot({ encoding: 'base64' }), 'base64'),
    close: () => browser.close(),
  };
}

/** The key codes WebDriver uses for keys that are not characters. */
const WEBDRIVER_KEYS: Record<string, string> = { ArrowRight: '\uE014', ArrowLeft: '\uE012', Escape: '\uE00C', Enter: '\uE007', Home: '\uE011', End: '\uE010', Tab: '\uE004' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual display (xvfb-run). */
export async function launchWebKit(port: number): Promise<Engine> {
  if (!existsSync(WEBKIT_DRIVER)) throw new Error(`WebKitWebDriver not found at ${WEBKIT_DRIVER}: install the Debian packages webkit2gtk-driver and xvfb (bash .ci/run does), or set WEBKIT_DRIVER_PATH`);
  const driver: ChildProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const { value } = (await response.json()) as { value: unknown };
    const failure = typeof value === 'object' && value !== null && 'error' in value ? (value as { error: string; message?: string }) : undefined;
    if (failure) throw new Error(`WebDriver ${path}: ${failure.error}: ${failure.message ?? ''}`);
    return value as T;
  };
  // The driver takes a moment to listen.
  for (let tries = 0; ; tries++) {
    try {
      await call('GET', '/status');
      break;
    } catch (error) {
      if (tries > 50) throw new Error(`WebKitWebDriver did not start on port ${port}`, { cause: error });
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  const { sessionId } = await call<{ sessionId: string }>('POST', '/session', {
    capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { args: ['--automation', '--geometry=1366x900'] } } },
  });
  const session = `/session/${sessionId}`;
  const find = async (selector: string) => (await call<Record<string, string>>('POST', `${session}/element`, { using: 'css selector', value: selector }))[ELEMENT] ?? '';
  return {
    name: 'WebKit',
    goto: async (url) => {
      await call('POST', `${session}/url`, { url });
      await call('POST', `${session}/execute/sync`, { script: COLLECT_ERRORS, args: [] });
    },
    evaluate: <T>(body: string) => call<T>('POST', `${session}/execute/sync`, { script: body, args: [] }),
    click: async (selector) => {
      await call('POST', `${session}/element/${await find(selector)}/click`, {});
    },
    press: async (key) => {
      const value = WEBDRIVER_KEYS[key] ?? key;
      await call('POST', `${session}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
      await call('DELETE', `${session}/actions`);
    },
    type: async (selector, text) => {
      await call('POST', `${session}/element/${await find(selector)}/value`, { text });
    },
    chooseFiles: async (selector, paths) => {
      await call('POST', `${session}/element/${await find(selector)}/value`, { text: paths.join('\n') });
    },
    errors: async () => call<string[]>('POST', `${session}/execute/sync`, { script: 'return window.__smokeErrors ?? []', args: [] }),
    screenshot: async () => Buffer.from(await call<string>('GET', `${session}/screenshot`), 'base64'),
    close: async () => {
      await call('DELETE', session).catch(() => undefined);
      if (driver.pid) process.kill(-driver.pid);
    },
  };
}
