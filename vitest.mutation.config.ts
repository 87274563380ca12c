import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The unit tests of the folders mutation testing mutates (stryker.config.json), in Node: they are
// pure functions, whose tests need no DOM, no browser, no build and no component rendering.
export default defineConfig({
  define: { __EMBEDDED_DATASET_SHA256__: JSON.stringify(createHash('sha256').update(readFileSync('public/data/dataset.json')).digest('hex')) },
  test: {
    environment: 'node',
    include: ['tests/unit/{data,derive,filters,export}/**/*.test.ts'],
    globalSetup: ['tests/setup/generated-map.ts'],
  },
});
