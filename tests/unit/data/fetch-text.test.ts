import { afterEach, describe, expect, test, vi } from 'vitest';
import { DatasetError } from '../../../src/data/dataset-error';
import { fetchBytes, fetchText } from '../../../src/data/fetch-text';
import { datasetErrorOf } from '../../fixtures/dataset-error-of';

afterEach(() => vi.unstubAllGlobals());

/** A server that answers every request with this response; a request whose signal is aborted fails as the browser's does. */
function serve(answer: () => Response) {
  const fetch = vi.fn((_url: string, init?: RequestInit) =>
    init?.signal?.aborted ? Promise.reject(new DOMException('The operation was aborted.', 'AbortError')) : Promise.resolve(answer()),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}


describe('fetchText and fetchBytes', () => {
  test('give the file as text, or byte for byte', async () => {
    const fetch = serve(() => new Response('Le 26 avril 2023, à Xi’an…\r\n'));
    expect(await fetchText('/data/sources/a.fr.txt', 'sources/a.fr.txt')).toBe('Le 26 avril 2023, à Xi’an…\r\n');
    const bytes = await fetchBytes('/data/sources/a.fr.txt', 'sources/a.fr.txt');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([...Buffer.from('Le 26 avril 2023, à Xi’an…\r\n')]);
    expect(fetch).toHaveBeenCalledWith('/data/sources/a.fr.txt', {});
  });

  test('name the file and the HTTP status the server answered with', async () => {
    serve(() => new Response('Not found', { status: 404, statusText: 'Not Found' }));
    expect(await datasetErrorOf(fetchText('/data/dataset.json', 'dataset.json'))).toEqual({ kind: 'http', file: 'dataset.json', problems: ['the server answered HTTP 404 Not Found'], status: 404 });
    serve(() => new Response('', { status: 503 }));
    expect(await datasetErrorOf(fetchBytes('/data/sources/a.fr.txt', 'sources/a.fr.txt'))).toEqual({ kind: 'http', file: 'sources/a.fr.txt', problems: ['the server answered HTTP 503'], status: 503 });
  });

  test('say when the server could not be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await datasetErrorOf(fetchText('/data/dataset.json', 'dataset.json'))).toEqual({ kind: 'network', file: 'dataset.json', problems: ['the server could not be reached (network failure)'], status: undefined });
    const controller = new AbortController();
    expect(await datasetErrorOf(fetchBytes('/data/dataset.json', 'dataset.json', controller.signal))).toMatchObject({ kind: 'network' });
  });

  test('let a request the page cancelled fail as cancelled, not as a network failure', async () => {
    serve(() => new Response('never read'));
    const controller = new AbortController();
    controller.abort();
    await expect(fetchText('/data/dataset.json', 'dataset.json', controller.signal)).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
    await expect(fetchBytes('/data/dataset.json', 'dataset.json', controller.signal)).rejects.not.toBeInstanceOf(DatasetError);
  });
});
