import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { countingProxy } from './counting-proxy';
import type { CountingProxy } from './counting-proxy';
import type { Engine } from './engines';

/** Waits until a page expression is truthy; returns its value. */
async function until<T>(engine: Engine, expression: string, what: string, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await engine.evaluate<T>(`return (${expression});`).catch(() => undefined);
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${engine.name}: timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Marks the element matching `selector` whose text is `text`, for the engine to click it. */
async function clickText(engine: Engine, selector: string, text: string): Promise<void> {
  const found = await engine.evaluate<boolean>(`
    const el = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.textContent.trim() === ${JSON.stringify(text)});
    document.querySelectorAll('[data-smoke]').forEach((e) => e.removeAttribute('data-smoke'));
    if (!el) return false;
    el.setAttribute('data-smoke', '');
    return true;`);
  if (!found) throw new Error(`${engine.name}: nothing in ${selector} reads "${text}"`);
  await engine.click('[data-smoke]');
}

const heading = `document.getElementById('view-details-title')?.textContent`;

/**
 * What an analyst does first, in order, in one page: each step a test of its own. The same steps
 * run in every engine; each ends on what the user sees.
 */
export function smokeSteps(engine: () => Engine, server: () => CountingProxy): [string, () => Promise<void> | void][] {
  return [
    ['loads the dashboard with its data', async () => {
      server().reset();
      await engine().goto(server().url);
      await until(engine(), `!!document.querySelector('[role="button"][aria-label^="Kazakhstan:"]')`, 'the map');
      // The page is drawn at build time: it answers clicks once its script has taken every view over.
      await until(engine(), `performance.getEntriesByName('charts-ready').length > 0`, 'the script to take the views over');
      expect(await until(engine(), heading, 'the list')).toBe('Undertakings (29)');
    }],
    ['asks the server for each file once: the preloaded fonts, data and code are the ones used', () => {
      const counts = server().counts();
      const asked = [...counts.keys()];
      // What the page needs, so that a page asking for nothing could not pass.
      expect(asked.filter((path) => path.endsWith('.woff2'))).toHaveLength(2);
      expect(asked).toEqual(expect.arrayContaining(['/', '/data/dataset.json', '/map/central-asia-50m.topo.json']));
      expect([...counts].filter(([, times]) => times > 1)).toEqual([]);
    }],
    ['clicks a country, and every view follows', async () => {
      await engine().click('[role="button"][aria-label^="Kazakhstan:"]');
      expect(await until(engine(), `${heading} === 'Undertakings (19)' && ${heading}`, 'the list of Kazakhstan')).toBe('Undertakings (19)');
      expect(await engine().evaluate<string>(`return document.querySelector('.filter-bar__words strong').textContent`)).toBe('Kazakhstan');
    }],
    ['opens a commitment and its source', async () => {
      await engine().click('.commitment-list__item');
      const title = await until<string>(engine(), `document.querySelector('.details h3')?.textContent`, 'the details');
      expect(title.length).toBeGreaterThan(10);
      await clickText(engine(), '.details button', 'Show in source');
      expect(await until<string>(engine(), `document.querySelector('dialog[open] mark')?.textContent`, 'the quoted passage')).not.toBe('');
      await clickText(engine(), 'dialog[open] button', 'Close');
      await until(engine(), `!document.querySelector('dialog[open]')`, 'the source to close');
    }],
    ['presents, steps to the next scene and leaves', async () => {
      await engine().click('h1');
      await engine().press('p');
      await until(engine(), `document.querySelector('.presenter-bar__scene')?.textContent.startsWith('1 / ')`, 'the presentation');
      await engine().press('ArrowRight');
      expect(await until<string>(engine(), `document.querySelector('.presenter-bar__scene')?.textContent.startsWith('2 / ') && document.querySelector('.presenter-bar__scene').textContent`, 'the second scene')).toMatch(/^2 \/ \d+ Kazakhstan/);
      await engine().press('Escape');
      await until(engine(), `!document.querySelector('.presenter-bar')`, 'the presentation to end');
    }],
    ['exports the map as PNG and as SVG', async () => {
      for (const format of ['PNG', 'SVG']) {
        await engine().click('button[aria-label="Export: Countries"]');
        await clickText(engine(), '.export-menu__panel label', format);
        await clickText(engine(), '.export-menu__panel button', 'Download');
        expect(await until<string>(engine(), `[...document.querySelectorAll('.export-status')].map((e) => e.textContent).find((t) => t.includes('.${format.toLowerCase()}'))`, `the ${format} export`)).toMatch(new RegExp(`^Saved country-map_kazakhstan_2023-04-26\\.${format.toLowerCase()}$`));
      }
    }],
    ['refuses a bad dataset, saying why, and keeps the current one', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'smoke-'));
      const bad = join(folder, 'broken.json');
      writeFileSync(bad, '{"schemaVersion": 3, "title": ');
      await engine().chooseFiles('.open-dataset:not(.open-dataset--folder) input', [bad]);
      const alert = await until<string>(engine(), `[...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent).find((t) => t.includes('could not be opened'))`, 'the refusal');
      expect(alert).toContain('broken.json');
      expect(alert).toContain('not valid JSON');
      expect(await engine().evaluate<string>(`return ${heading}`)).toBe('Undertakings (19)');
    }],
    ['switches to French', async () => {
      await clickText(engine(), '.segmented__option', 'Français');
      expect(await until<string>(engine(), `document.querySelector('h1').textContent.startsWith('Tableau') && document.querySelector('h1').textContent`, 'the French title')).toBe('Tableau de bord de la coopération Chine–Asie centrale');
      expect(await engine().evaluate<string>(`return ${heading}`)).toBe('Engagements (19)');
    }],
    ['reports no error and no Content-Security-Policy violation', async () => {
      expect(await engine().errors()).toEqual([]);
    }],
    ['codes a readout: a date field is empty until a date is typed, then shows it the way the interface writes dates', async () => {
      await engine().goto(`${server().url}code.html?lang=fr`);
      const field = (label: string) => `[...document.querySelectorAll('.coding__field')].find((f) => f.querySelector('span')?.textContent === ${JSON.stringify(label)})?.querySelector('input')`;
      await until(engine(), `!!${field('Jour dont le texte est daté')}`, 'the source form');
      expect(await engine().evaluate<string[]>(`return [${field('Jour dont le texte est daté')}, ${field('Publié le (si connu)')}].map((input) => input.type + ':' + input.value)`)).toEqual(['text:', 'text:']);
      await engine().evaluate(`${field('Jour dont le texte est daté')}.setAttribute('data-smoke', ''); return true;`);
      await engine().type('[data-smoke]', '26/04/2023');
      await engine().press('Tab');
      expect(await until<string>(engine(), `${field('Jour dont le texte est daté')}.value === '26 avr. 2023' && ${field('Jour dont le texte est daté')}.value`, 'the date typed')).toBe('26 avr. 2023');
      expect(await engine().evaluate<string>(`return ${field('Publié le (si connu)')}.value`)).toBe('');
      expect(await engine().errors()).toEqual([]);
    }],
  ];
}

/** The smoke steps, each a test, in the engine `launch` starts, through a counting proxy. */
export function smokeSuite(title: string, launch: () => Promise<Engine>): void {
  let engine: Engine | undefined;
  let server: CountingProxy | undefined;
  beforeAll(async () => {
    server = await countingProxy(inject('baseUrl'));
    engine = await launch();
  });
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} did not start`);
    return value;
  };
  describe(title, () => {
    for (const [name, step] of smokeSteps(() => started(engine, 'the engine'), () => started(server, 'the counting proxy'))) test(name, step);
  });
}
