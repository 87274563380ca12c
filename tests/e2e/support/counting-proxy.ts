/**
 * Stands between an engine and the preview server, as the page's own origin: it counts what the
 * engine asks the server for, and puts the smoke suite's error collector first in the page's
 * <head>, as a script of the page's origin (the content security policy allows no inline script),
 * so that what goes wrong while the page is parsed is collected too, in every engine.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { COLLECT_ERRORS } from './engines';

const COLLECTOR = '/__smoke/collect-errors.js';
/** Hop-by-hop headers, and those fetch() has already acted on. */
const DROPPED = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length']);

export interface CountingProxy {
  url: string;
  /** How many times each path (with its query) was asked for, since the last reset. */
  counts: () => Map<string, number>;
  reset: () => void;
  close: () => Promise<void>;
}

function forwarded(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name, value]) => !DROPPED.has(name) && typeof value === 'string') as [string, string][]);
}

export async function countingProxy(upstream: string): Promise<CountingProxy> {
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === COLLECTOR) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(`(function () {${COLLECT_ERRORS}})();`);
      return;
    }
    counts.set(path, (counts.get(path) ?? 0) + 1);
    void (async () => {
      const answer = await fetch(new URL(path, upstream), { method: request.method, headers: forwarded(request.headers) });
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!DROPPED.has(name)) headers[name] = value;
      });
      let body = Buffer.from(await answer.arrayBuffer());
      if (answer.headers.get('content-type')?.startsWith('text/html')) body = Buffer.from(body.toString('utf8').replace('<head>', `<head><script src="${COLLECTOR}"></script>`));
      response.writeHead(answer.status, headers);
      response.end(body);
    })().catch((error: unknown) => {
      response.writeHead(502);
      response.end(String(error));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    counts: () => new Map(counts),
    reset: () => counts.clear(),
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
