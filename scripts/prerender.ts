/**
 * Draws the default view into the build's index.html (run after `vite build`): the views are
 * rendered with React's server renderer from the very files the build ships (dataset, sources,
 * map), so the page paints them before its script runs, then hydrates them.
 *
 * Usage: tsx scripts/prerender.ts [dist]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Dataset } from '../src/data/schema';

const dist = process.argv[2] ?? 'dist';
const ROOT = '<div id="root"></div>';
const HEAD_END = '</head>';
/** What the page fetches for its script: the data (`as="fetch"`) and the dashboard's code. */
const PRELOAD = /\s*<link rel="(preload|modulepreload)" href="([^"]+)"[^>]*>/g;

/**
 * The page's content security policy refuses style attributes written in HTML (only styles set
 * from script apply), so each one becomes a rule of a stylesheet: `style="…"` → `data-ps="n"`.
 * Before it hydrates, the page puts each rule back on its elements as their own style
 * (src/prerender/restore-styles.ts), as the browser would have drawn them.
 */
function moveStylesToSheet(html: string): { html: string; css: string } {
  const styles: string[] = [];
  const moved = html.replace(/ style="([^"]*)"/g, (_all, style: string) => {
    const index = styles.indexOf(style) === -1 ? styles.push(style) - 1 : styles.indexOf(style);
    return ` data-ps="${index}"`;
  });
  const important = (style: string) => style.split(';').filter(Boolean).map((rule) => `${rule.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&')} !important`).join(';');
  return { html: moved, css: styles.map((style, i) => `[data-ps="${i}"]{${important(style)}}`).join('\n') };
}

const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const { renderPage } = (await vite.ssrLoadModule('/src/prerender/render-page.tsx')) as typeof import('../src/prerender/render-page');
  const { cleanDatasetText } = (await vite.ssrLoadModule('/src/data/clean-text.ts')) as typeof import('../src/data/clean-text');
  // The build checked these files (npm run data:check): they are read as the page reads a file it trusts.
  const dataset = JSON.parse(readFileSync(join(dist, 'data', 'dataset.json'), 'utf8')) as Dataset;
  const sourceTexts = Object.fromEntries(dataset.sources.map((s) => [s.id, readFileSync(join(dist, 'data', s.file), 'utf8')]));
  const topology = JSON.parse(readFileSync(join(dist, 'map', 'central-asia-50m.topo.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const loaded = { dataset: cleanDatasetText(dataset), sourceTexts: cleanDatasetText(sourceTexts), file: 'dataset.json', checkedByBuild: true };
  const html = await renderPage(loaded, feature(topology, topology.objects.countries));
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  if (!page.includes(ROOT)) throw new Error(`${join(dist, 'index.html')} has no empty ${ROOT} to draw into`);
  const { html: body, css } = moveStylesToSheet(html);
  const sheet = `assets/prerendered-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  writeFileSync(join(dist, sheet), css);
  const link = `<link rel="stylesheet" href="/${sheet}" data-prerendered-styles="">`;
  // The data and the dashboard's code are no longer fetched while the page loads: the drawn views
  // need them only to be taken over, once they are painted (a large dataset would hold the first
  // frame back, and on a slow network they would share it with the page itself). Where the drawn
  // view is not the one to show, public/prerender-guard.js asks for them at once, as before.
  const deferred = [...page.matchAll(PRELOAD)].filter((m) => m[1] === 'modulepreload' || m[0].includes('as="fetch"'));
  if (!deferred.some((m) => m[2]?.endsWith('data/dataset.json'))) throw new Error(`${join(dist, 'index.html')} does not preload the dataset`);
  const list = deferred.map((m) => `${m[1] === 'modulepreload' ? 'module' : 'fetch'}:${m[2] ?? ''}`).join(' ');
  const drawn = deferred
    .reduce((html, m) => html.replace(m[0], ''), page)
    .replace('<html lang="en">', `<html lang="en" data-deferred-preloads="${list}">`)
    .replace(HEAD_END, `${link}\n${HEAD_END}`)
    .replace(ROOT, `<div id="root" data-prerendered="">${body}</div>`);
  writeFileSync(join(dist, 'index.html'), drawn);
  console.log(`prerendered the default view into ${join(dist, 'index.html')}: ${(body.length / 1024).toFixed(0)} KB of HTML, ${css.split('\n').length} styles in ${sheet}`);
} finally {
  await vite.close();
}
