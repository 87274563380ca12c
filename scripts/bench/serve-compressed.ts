/**
 * A local static server for the benchmark: serves a folder (the build) compressed with brotli or
 * gzip as the browser asks, with extra pages added in memory (the static floor).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg']);

export interface CompressedServer {
  url: string;
  /** Serves `html` at `path` from now on (e.g. "/floor.html"). */
  addPage: (path: string, html: string) => void;
  close: () => Promise<void>;
}

interface Encoded {
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** Serves `root`; gzip by default, as the size budgets are written in gzip bytes. */
export async function serveCompressed(root: string, encoding: 'gzip' | 'br' = 'gzip'): Promise<CompressedServer> {
  const cache = new Map<string, Encoded>();
  const pages = new Map<string, Buffer>();

  const load = (file: string): Encoded | undefined => {
    const hit = cache.get(file);
    if (hit) return hit;
    try {
      if (!statSync(file).isFile()) return undefined;
    } catch {
      return undefined;
    }
    const entry = { raw: readFileSync(file) };
    cache.set(file, entry);
    return entry;
  };

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const page = pages.get(path);
    const file = join(root, normalize(path === '/' ? '/index.html' : path));
    const entry = page ? { raw: page } : load(file);
    if (!entry) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const ext = page ? '.html' : extname(file);
    const accepts = request.headers['accept-encoding'] ?? '';
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    let body = entry.raw;
    if (COMPRESSIBLE.has(ext) && encoding === 'br' && accepts.includes('br')) {
      entry.br ??= brotliCompressSync(entry.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
      body = entry.br;
      headers['content-encoding'] = 'br';
    } else if (COMPRESSIBLE.has(ext) && accepts.includes('gzip')) {
      entry.gzip ??= gzipSync(entry.raw, { level: 9 });
      body = entry.gzip;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    addPage: (path, html) => pages.set(path, Buffer.from(html)),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
