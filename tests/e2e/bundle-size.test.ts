import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { JS_BUDGET_BYTES, MAP_BUDGET_BYTES } from '../../scripts/bench/budgets';
import { gzipped, initialScripts } from '../../scripts/bench/initial-js';

// Deterministic, so a plain test: the script the first paint needs (what index.html loads, and
// what that preloads), gzip-compressed, and the map geometry. Runs on the build.

test('the initial JavaScript stays within its gzip budget, and export and presentation code is not in it', () => {
  const initial = initialScripts('dist');
  expect(initial.length).toBeGreaterThan(0);
  const bytes = initial.reduce((sum, file) => sum + gzipped(`dist/${file}`), 0);
  expect(bytes, `${initial.join(', ')}: ${bytes} bytes`).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  const lazy = readdirSync('dist/assets').filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
  expect(lazy.some((f) => f.startsWith('run-export'))).toBe(true);
  expect(initial.some((f) => f.includes('run-export'))).toBe(false);
});

test('the map geometry stays within its gzip budget', () => {
  expect(gzipped('dist/map/central-asia-50m.topo.json')).toBeLessThanOrEqual(MAP_BUDGET_BYTES);
});
