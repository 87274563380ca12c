/** The script the first paint needs: what the built index.html loads and preloads, gzip-compressed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * The scripts index.html names (entry and module preloads), as paths under the build folder; with
 * those a drawn page asks for once it is painted (its deferred module preloads).
 */
export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src="|href="|module:)\/(assets\/[^"\s]+\.js)/g)].map((m) => m[1] ?? '');
}

export function initialJsBytes(dist: string): number {
  return initialScripts(dist).reduce((sum, file) => sum + gzipped(join(dist, file)), 0);
}
