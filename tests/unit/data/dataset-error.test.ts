import { describe, expect, test } from 'vitest';
import { DatasetError } from '../../../src/data/dataset-error';

describe('DatasetError', () => {
  test('reads as the file, then each problem in turn', () => {
    const error = new DatasetError('schema', 'my-meeting.json', ['commitments[0] "x" › title: missing (expected object)', 'sources: missing (expected array)']);
    expect(error.name).toBe('DatasetError');
    expect(error.message).toBe('my-meeting.json: commitments[0] "x" › title: missing (expected object); sources: missing (expected array)');
    expect(String(error)).toBe('DatasetError: my-meeting.json: commitments[0] "x" › title: missing (expected object); sources: missing (expected array)');
    expect(error).toBeInstanceOf(Error);
  });

  test('a network failure and a server error (HTTP 500 and above) are worth trying again', () => {
    expect(new DatasetError('network', 'dataset.json', ['the server could not be reached (network failure)']).retryable).toBe(true);
    expect(new DatasetError('http', 'dataset.json', ['the server answered HTTP 500'], 500).retryable).toBe(true);
    expect(new DatasetError('http', 'dataset.json', ['the server answered HTTP 503 Service Unavailable'], 503).retryable).toBe(true);
  });

  test('a missing file, a refused request or a broken dataset is not: trying again would fail the same way', () => {
    expect(new DatasetError('http', 'dataset.json', ['the server answered HTTP 404 Not Found'], 404).retryable).toBe(false);
    expect(new DatasetError('http', 'dataset.json', ['the server answered HTTP 499'], 499).retryable).toBe(false);
    expect(new DatasetError('http', 'dataset.json', ['the server answered HTTP'])).toHaveProperty('retryable', false);
    for (const kind of ['empty', 'parse', 'schema', 'integrity'] as const) {
      expect(new DatasetError(kind, 'dataset.json', ['a problem']).retryable, kind).toBe(false);
      // A status counts only as the server's answer.
      expect(new DatasetError(kind, 'dataset.json', ['a problem'], 503).retryable, kind).toBe(false);
    }
  });
});
