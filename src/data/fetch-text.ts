import { DatasetError } from './dataset-error';

/** A file's text, or a DatasetError naming the file when the network or the server fails. */
export async function fetchText(url: string, file: string, signal?: AbortSignal): Promise<string> {
  return (await fetchOk(url, file, signal)).text();
}

/** A file's bytes, as they are checked (encoding, SHA-256), or a DatasetError as for fetchText. */
export async function fetchBytes(url: string, file: string, signal?: AbortSignal): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchOk(url, file, signal)).arrayBuffer());
}

async function fetchOk(url: string, file: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError('network', file, ['the server could not be reached (network failure)']);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new DatasetError('http', file, [`the server answered HTTP ${status}`], response.status);
  }
  return response;
}
