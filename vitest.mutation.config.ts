import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The unit tests alone, for mutation testing (stryker.config.json): the folders it mutates are
// pure functions, whose tests need no browser, no build and no component rendering.
export default defineConfig({
  define: { __EMBEDDED_DATASET_SHA256__: JSON.stringify(createHash('sha256').update(readFileSync('public/data/dataset.json')).digest('hex')) },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/jsdom.ts'],
    globalSetup: ['tests/setup/generated-map.ts'],
  },
});
