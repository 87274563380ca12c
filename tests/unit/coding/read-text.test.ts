import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { readText } from '../../../src/coding/read-text';

describe('a source text opened or pasted for coding', () => {
  test('is kept with LF line endings, saying so, with the SHA-256 of those bytes', async () => {
    const read = await readText('Première ligne.\r\nDeuxième ligne.');
    expect(read).toEqual({ ok: true, text: 'Première ligne.\nDeuxième ligne.', sha256: createHash('sha256').update('Première ligne.\nDeuxième ligne.').digest('hex'), convertedLineEndings: true });
  });

  test('refuses bytes that are not UTF-8, saying where', async () => {
    const read = await readText(new Uint8Array([0x4c, 0x65, 0x20, 0xe9, 0x74, 0xe9]));
    expect(read).toEqual({ ok: false, problem: expect.stringMatching(/^the file is not UTF-8: byte 3 \(line 1\) is 0xE9/) as unknown });
  });

  test('refuses an empty text', async () => {
    expect(await readText('  \n ')).toEqual({ ok: false, problem: 'the text is empty' });
  });
});
