import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built `dist/` folder with Vite's preview server for the e2e project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  if (!existsSync(resolve(root, 'dist', 'index.html'))) {
    throw new Error('dist/index.html not found: run `npx vite build` before the e2e tests.');
  }

  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: 'dist' },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });

  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) {
    await server.close();
    throw new Error('Vite preview server did not report a local URL.');
  }

  project.provide('baseUrl', baseUrl);
  return () => server.close();
}
