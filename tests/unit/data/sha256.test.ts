import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { sha256, sha256Hex } from '../../../src/data/sha256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('the fallback digest is SHA-256: the standard vectors, and every length around a block\'s edge', () => {
  expect(hex(sha256(new TextEncoder().encode('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  for (let length = 0; length < 200; length++) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
    expect(hex(sha256(bytes)), `${length} bytes`).toBe(node(bytes));
  }
});

test('the page\'s digest of a source is the one `sha256sum` prints', async () => {
  const text = new TextEncoder().encode('Le 26 avril 2023, à Xi’an, Qin Gang a rencontré…\n');
  expect(await sha256Hex(text)).toBe(node(text));
});
