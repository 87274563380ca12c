import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The unit tests that run in Node, for the folders mutation testing mutates (stryker.config.json):
// they test pure functions, needing no DOM, no browser, no build and no component rendering. The
// scripts' tests run the checker in a child process, which a mutant switched on in this one never
// reaches; the tests of storage and scenes need a browser's storage.
export default defineConfig({
  define: { __EMBEDDED_DATASET_SHA256__: JSON.stringify(createHash('sha256').update(readFileSync('public/data/dataset.json')).digest('hex')) },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/scripts/**', 'tests/unit/storage/**', 'tests/unit/present/use-scenes.test.ts'],
    globalSetup: ['tests/setup/generated-map.ts'],
  },
});
