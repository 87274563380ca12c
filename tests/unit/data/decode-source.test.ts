import { expect, test } from 'vitest';
import { decodeSource } from '../../../src/data/decode-source';

const problemOf = (bytes: Uint8Array) => {
  const decoded = decodeSource(bytes);
  return 'problem' in decoded ? decoded.problem : '';
};

const TEXT = 'Qin Gang a reçu le ministre.\nLa coopération se renforcera.';

test('reads UTF-8 as it is, line endings and all', () => {
  expect(decodeSource(Buffer.from(TEXT))).toEqual({ text: TEXT });
  expect(decodeSource(Buffer.from(TEXT.replace('\n', '\r\n')))).toEqual({ text: TEXT.replace('\n', '\r\n') });
});

test('says a file is UTF-16, from its byte-order mark, either way round', () => {
  expect(decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))).toEqual({
    problem: 'the file is UTF-16 (it begins with the byte-order mark 0xFF 0xFE); save it as UTF-8, without a byte-order mark',
  });
  expect(problemOf(Buffer.from([0xfe, 0xff, 0x00, 0x51]))).toContain('0xFE 0xFF');
});

test('refuses a UTF-8 byte-order mark, which would move every offset', () => {
  expect(problemOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toMatch(/^the file begins with a UTF-8 byte-order mark/);
});

test('points at the first byte that is not UTF-8, with its line', () => {
  // "ç" in Latin-1 is the one byte 0xE7, at byte 13 of line 1; "é" on line 2 comes later.
  expect(decodeSource(Buffer.from(TEXT, 'latin1'))).toEqual({
    problem: 'the file is not UTF-8: byte 13 (line 1) is 0xE7, which UTF-8 does not allow there; it looks like Latin-1 or Windows-1252 — save it as UTF-8',
  });
  expect(problemOf(Buffer.concat([Buffer.from('a\nb\n'), Buffer.from([0x80])]))).toContain('byte 4 (line 3) is 0x80');
  // A sequence cut short at the end of the file.
  expect(problemOf(Buffer.from([0x61, 0xe2, 0x80]))).toContain('byte 1 (line 1) is 0xE2');
});
