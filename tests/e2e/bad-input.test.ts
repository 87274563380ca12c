import { readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { listHeading, mapReady, withDashboard } from './support/with-dashboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const real = readFileSync('public/data/dataset.json', 'utf8');
type Json = Record<string, unknown> & { commitments: Record<string, unknown>[]; countries: Record<string, unknown>[] };
const changed = (change: (d: Json) => void) => {
  const dataset = JSON.parse(real) as Json;
  change(dataset);
  return JSON.stringify(dataset);
};

/** Each case serves a broken dataset; the page must say what is wrong, and where. */
const CASES: [string, (route: Route) => Promise<void>, RegExp][] = [
  ['404', (r) => r.fulfill({ status: 404, body: 'Not found' }), /the server answered HTTP 404/],
  ['500', (r) => r.fulfill({ status: 500, body: 'oops' }), /the server answered HTTP 500/],
  ['network failure', (r) => r.abort('connectionrefused'), /the server could not be reached \(network failure\)/],
  ['empty body', (r) => r.fulfill({ body: '' }), /the file is empty/],
  ['truncated JSON', (r) => r.fulfill({ body: real.slice(0, 5000) }), /not valid JSON/],
  ['HTML instead of JSON', (r) => r.fulfill({ body: '<!doctype html><h1>Portal login</h1>', contentType: 'text/html' }), /received an HTML page instead of JSON/],
  ['missing field', (r) => r.fulfill({ body: changed((d) => delete d.commitments[0]!.kind) }), /commitments\[0\] "chn-kaz-community-of-shared-future" › kind: missing/],
  ['extra field', (r) => r.fulfill({ body: changed((d) => (d.commitments[1]!.budget = 5)) }), /commitments\[1\] "chn-kaz-promote-partnership": unexpected field "budget"/],
  ['wrongly typed field', (r) => r.fulfill({ body: changed((d) => (d.commitments[2]!.domainIds = 'trade')) }), /commitments\[2\] .* › domainIds: expected array, received string/],
  ['null', (r) => r.fulfill({ body: changed((d) => (d.countries[1]!.name = null)) }), /countries\[1\] "KAZ" › name: expected object, received null/],
  ['NaN', (r) => r.fulfill({ body: real.replace('"start": 0,', '"start": NaN,') }), /not valid JSON/],
  ['duplicate ids', (r) => r.fulfill({ body: changed((d) => (d.commitments[1]!.id = d.commitments[0]!.id)) }), /commitments\[1\] "chn-kaz-community-of-shared-future": duplicate id: commitments\[0\] "chn-kaz-community-of-shared-future" has it already/],
  ['unknown country', (r) => r.fulfill({ body: changed((d) => (d.commitments[0]!.countryIds = ['CHN', 'MNG'])) }), /commitments\[0\] .* › countryIds\[1\]: unknown country "MNG"/],
  ['unknown domain', (r) => r.fulfill({ body: changed((d) => (d.commitments[0]!.domainIds = ['space'])) }), /commitments\[0\] .* › domainIds\[0\]: unknown domain "space"/],
  ['quote not in source', (r) => r.fulfill({ body: real.replace('une amitié de fer', 'une amitié d’acier') }), /evidence\[\d\]: quote not found verbatim in source "xian-2023-fm-readout"/],
  ['a 10 MB dataset with a defect at its end', (r) => r.fulfill({ body: changed((d) => { d.commitments.push(...Array.from({ length: 2400 }, (_, i) => ({ ...d.commitments[i % 46], id: `copy-${i}` }))); d.commitments.at(-1)!.strength = 'maybe'; }) }), /commitments\[2445\] "copy-2399" › strength: "maybe" is not one of "firm"/],
  ['the earlier schema version', (r) => r.fulfill({ body: changed((d) => (d.schemaVersion = 1)) }), /schemaVersion: 1 is the earlier format; this dashboard reads version 3/],
  ['a newer schema version', (r) => r.fulfill({ body: changed((d) => (d.schemaVersion = 4)) }), /schemaVersion: 4 is newer than this dashboard/],
];

describe('bad input in Chromium: a clear message, and nothing else breaks', () => {
  for (const [name, serve, message] of CASES) {
    test(`a dataset with ${name}`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          const alert = page.getByRole('alert');
          await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(message);
          expect(await alert.textContent()).toContain('dataset.json');
          expect(await page.getByRole('button', { name: 'Try again' }).isEnabled()).toBe(true);
          expect(await page.getByRole('button', { name: 'Français' }).isVisible()).toBe(true);
        },
        { prepare: (page) => page.route('**/data/dataset.json', serve) },
      );
    });
  }

  test('a source file that is missing', async () => {
    await withDashboard(
      browser,
      async (page) => {
        await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/2023-04-26-china-central-asia-fm-meeting\.fr\.txt.*HTTP 404/);
      },
      { prepare: (page) => page.route('**/*.fr.txt', (r) => r.fulfill({ status: 404, body: '' })) },
    );
  });

  test('the embedded dataset with an edited source is checked in full, not trusted', async () => {
    const source = readFileSync('public/data/sources/2023-04-26-china-central-asia-fm-meeting.fr.txt', 'utf8');
    await withDashboard(
      browser,
      async (page) => {
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/sources\[0\] "xian-2023-fm-readout" › sha256: the file's SHA-256 is [0-9a-f]{64}, not [0-9a-f]{64} \(was the source edited\?\)/);
        expect(await alert.textContent()).toMatch(/quote not found verbatim/);
      },
      { prepare: (page) => page.route('**/*.fr.txt', (r) => r.fulfill({ body: source.replace('coopération', 'cooperation'), contentType: 'text/plain; charset=utf-8' })) },
    );
  });

  test('names that hold HTML or script are shown as text and never run', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await withDashboard(
      browser,
      async (page: Page) => {
        await mapReady(page);
        expect(await page.getByRole('button', { name: new RegExp(`^${hostile.slice(0, 8).replace(/[<>=]/g, '.')}`) }).count()).toBeGreaterThan(0);
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      },
      { prepare: (page) => page.route('**/data/dataset.json', (r) => r.fulfill({ body: changed((d) => (d.commitments[0]!.title = { en: hostile, fr: hostile })) })) },
    );
  });

  test('right-to-left and very long names keep the layout whole', async () => {
    const long = 'Очень длинное название '.repeat(12).trim();
    await withDashboard(
      browser,
      async (page) => {
        await mapReady(page);
        await expect.poll(() => listHeading(page).textContent()).toBe('Undertakings (29)');
        expect(await page.getByText('التعاون في مجال الطاقة').count()).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      },
      {
        prepare: (page) =>
          page.route('**/data/dataset.json', (r) =>
            r.fulfill({ body: changed((d) => { d.commitments[0]!.title = { en: 'التعاون في مجال الطاقة', fr: 'التعاون في مجال الطاقة' }; d.commitments[1]!.title = { en: long, fr: long }; }) }),
          ),
      },
    );
  });

  /** Each link carries something the dashboard cannot use: it says which, and shows the rest. */
  const URLS: [string, string, RegExp, string][] = [
    ['a date that is not one', '/?from=2023-01-01&to=garbage', /to=garbage is not a date \(YYYY-MM-DD\)/, 'Undertakings (29)'],
    ['a range that ends before it starts', '/?from=2024-01-01&to=2023-01-01', /starts after it ends/, 'Undertakings (29)'],
    ['markup for a domain', '/?d=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /d=<script>alert\(1\)<\/script> is not a domain id/, 'Undertakings (29)'],
    ['a domain of no dataset', '/?d=space-travel', /d=space-travel is not a domain of this dataset/, 'Undertakings (29)'],
    ['a record that does not exist', '/?focus=no-such-record', /focus=no-such-record is not a record of this dataset/, 'Undertakings (29)'],
    ['a statement type that does not exist', '/?type=promise', /type=promise is not a statement type/, 'Undertakings (29)'],
    ['a strength that does not exist', '/?strength=binding', /strength=binding is not a strength/, 'Undertakings (29)'],
    ['a language the dashboard does not speak', '/?lang=ru', /lang=ru is not a language of the dashboard \(en, fr\)/, 'Undertakings (29)'],
    ['a switch that is neither on nor off', '/?specific=yes', /specific=yes must be 1 or 0/, 'Undertakings (29)'],
    ['lanes of no kind', '/?lanes=colour', /lanes=colour must be/, 'Undertakings (29)'],
    ['a view that does not exist', '/?view=globe', /view=globe is not a view/, 'Undertakings (29)'],
    ['good and bad countries together', '/?c=KAZ,XX,ATLANTIS', /c=XX is not a three-letter country code.*c=ATLANTIS is not a three-letter country code/, 'Undertakings (19)'],
    ['1,500 country codes, none of them real', `/?c=${Array.from({ length: 1500 }, (_, i) => `Q${String(i).padStart(4, '0')}`).join(',')}`, /c=Q0000 is not a three-letter country code.*… and 1490 more/, 'Undertakings (29)'],
    ['a value 8,000 characters long', `/?d=${'x'.repeat(8000)}`, /d=x{59}… is not a domain of this dataset/, 'Undertakings (29)'],
  ];
  for (const [name, path, says, heading] of URLS) {
    test(`a link with ${name}`, async () => {
      await withDashboard(
        browser,
        async (page) => {
          await mapReady(page);
          const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
          await expect.poll(() => notice.textContent()).toMatch(says);
          // At most ten notices and a count: a link cannot flood the page.
          expect(await notice.locator('li').count()).toBeLessThanOrEqual(11);
          await expect.poll(() => listHeading(page).textContent()).toBe(heading);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
        },
        { path },
      );
    });
  }
});
