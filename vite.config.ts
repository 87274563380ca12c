import react from '@vitejs/plugin-react';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The built page allows nothing but its own origin: briefing rooms are offline, and dataset text
// must never run as code. Only the build gets it: the dev server injects inline scripts.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * What `npm start` (Vite's preview server) sends with every file, and what a static host should
 * send too: the same policy, plus what a <meta> policy cannot say (no framing by another site),
 * no guessing of file types, and no referrer to another site.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The folder of the dataset the build embeds: public/data, unless DASHBOARD_DATA names another
 * (the benchmark builds the page with each synthetic dataset, as a site embedding it would), or
 * a corpus folder (several readouts), merged at build into one dataset file.
 */
const CHOSEN_DATA = process.env.DASHBOARD_DATA ?? 'public/data';
/** A corpus folder is checked and merged into one dataset file first (scripts/merge-corpus.ts); the page loads that. */
const DATA_DIR = existsSync(join(CHOSEN_DATA, 'corpus.json')) ? mergedCorpus(CHOSEN_DATA) : CHOSEN_DATA;
const EMBEDDED_DATASET = join(DATA_DIR, 'dataset.json');

function mergedCorpus(folder: string): string {
  const out = join('node_modules', '.cache', 'dashboard-corpus');
  rmSync(out, { recursive: true, force: true });
  const merge = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/merge-corpus.ts', folder, out], { encoding: 'utf8' });
  if (merge.status !== 0) throw new Error(`the corpus ${folder} could not be embedded:\n${merge.stderr || merge.error?.message || ''}`);
  return out;
}

/**
 * The page is told the SHA-256 of the embedded dataset file, and trusts that very file without
 * checking it again (src/data/embedded-dataset.ts), because the build checks it first.
 */
function embeddedDatasetHash(): Plugin {
  return {
    name: 'embedded-dataset-hash',
    config: () => ({ define: { __EMBEDDED_DATASET_SHA256__: JSON.stringify(createHash('sha256').update(readFileSync(EMBEDDED_DATASET)).digest('hex')) } }),
  };
}

/** The build runs `npm run data:check` on the embedded dataset, and fails with its problems. */
function checkEmbeddedDataset(): Plugin {
  return {
    name: 'check-embedded-dataset',
    apply: 'build',
    buildStart() {
      const check = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/data-check.ts', EMBEDDED_DATASET], { encoding: 'utf8' });
      if (check.status !== 0) this.error(`the embedded dataset fails npm run data:check:\n${check.stderr || check.error?.message || ''}`);
    },
  };
}

/**
 * Once the build is written, the default view is drawn into its index.html (scripts/prerender.ts),
 * so the page paints its views before its script has run.
 */
function prerenderDefaultView(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerender-default-view',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (DATA_DIR !== 'public/data') {
        rmSync(join(outDir, 'data'), { recursive: true, force: true });
        cpSync(DATA_DIR, join(outDir, 'data'), { recursive: true });
      }
      const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/prerender.ts', outDir], { encoding: 'utf8' });
      if (run.status !== 0) this.error(`the default view could not be drawn into the page:\n${run.stderr || run.error?.message || ''}`);
      process.stdout.write(run.stdout);
    },
  };
}

// The page's two fonts are found only once the stylesheet applies to rendered text; preloading
// them lets them arrive with the stylesheet, before the drawn page first paints, so their swap never
// moves it. The preloads are made by public/prerender-guard.js, which knows whether this engine asks
// for a font of the page's own origin with CORS or without (a preload made the other way is not
// used, and the font is downloaded twice): the build names the files on its script tag. The coding
// tool's page, not drawn ahead of time, has no first paint to keep still and finds them as it goes.
const GUARD = '<script src="/prerender-guard.js"></script>';
function preloadFonts(): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: (html, context) => {
      if (!html.includes(GUARD)) return html;
      const fonts = Object.keys(context.bundle ?? {}).filter((file) => /noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/.test(file));
      if (fonts.length !== 2) throw new Error(`expected the two fonts of the page in the build, found ${fonts.length}`);
      return html.replace(GUARD, `<script src="/prerender-guard.js" data-fonts="${fonts.map((file) => `/${file}`).join(' ')}"></script>`);
    },
  };
}

/**
 * The dashboard's code is imported by the entry once the drawn page is painted (src/main.tsx); it
 * is fetched, with what it imports, beside the entry rather than after it has run.
 */
function preloadDashboardCode(): Plugin {
  return {
    name: 'preload-dashboard-code',
    apply: 'build',
    transformIndexHtml: (_html, context) => {
      if (context.path !== '/index.html') return [];
      const chunks = Object.values(context.bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('src/app/start.tsx'));
      if (!start) return [];
      const files = new Set<string>();
      const add = (file: string) => {
        if (files.has(file) || chunks.find((chunk) => chunk.fileName === file)?.isEntry) return;
        files.add(file);
        chunks.find((chunk) => chunk.fileName === file)?.imports.forEach(add);
      };
      add(start.fileName);
      return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `/${file}`, crossorigin: '' }, injectTo: 'head' as const }));
    },
  };
}

export default defineConfig({
  plugins: [react(), embeddedDatasetHash(), checkEmbeddedDataset(), contentSecurityPolicy(), preloadFonts(), preloadDashboardCode(), prerenderDefaultView()],
  build: {
    outDir: 'dist',
    // The dashboard, and the tool that codes a readout for it.
    rolldownOptions: { input: { main: 'index.html', code: 'code.html' } },
  },
  preview: {
    headers: SECURITY_HEADERS,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/jsdom.ts'],
          globalSetup: ['tests/setup/generated-map.ts'],
          // Above the 10 s a rendered component is waited for (tests/setup/jsdom.ts).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A shared two-core machine can take seconds for what takes milliseconds on a laptop.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
