import { expect, test } from 'vitest';
import { decodeSource, hasWindowsLineEndings } from '../../../src/data/decode-source';

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

test('takes two bytes for UTF-16 only when both are its byte-order mark', () => {
  expect(problemOf(Buffer.from([0xff, 0x61]))).toContain('byte 0 (line 1) is 0xFF');
  expect(problemOf(Buffer.from([0xfe, 0x61]))).toContain('byte 0 (line 1) is 0xFE');
  expect(problemOf(Buffer.from([0x61, 0xfe]))).toContain('byte 1 (line 1) is 0xFE');
  expect(problemOf(Buffer.from([0x61, 0xff]))).toContain('byte 1 (line 1) is 0xFF');
});

test('reads a text whose first character begins like a UTF-8 byte-order mark but is another', () => {
  // U+FF3F (EF BC BF), U+FEC0 (EF BB 80) and U+3EFF (E3 BB BF) share bytes with the mark EF BB BF.
  for (const text of ['＿ ok', '\uFEC0 ok', '\u3EFF ok']) expect(decodeSource(Buffer.from(text))).toEqual({ text });
  expect(problemOf(Buffer.from([0x61, 0xbb, 0xbf]))).toContain('byte 1 (line 1) is 0xBB');
  expect(problemOf(Buffer.from([0xef, 0x61, 0x62]))).toContain('byte 0 (line 1) is 0xEF');
});

test('counts characters of one to four bytes before the first byte that is not UTF-8', () => {
  // a, U+0080, U+07FF, U+0800, U+FFFF, U+10000, U+10FFFF: 1 + 2 + 2 + 3 + 3 + 4 + 4 bytes, then a Latin-1 "é".
  const bytes = Buffer.concat([Buffer.from('a\u0080\u07FF\u0800\uFFFF\u{10000}\u{10FFFF}'), Buffer.from([0xe9, 0x41])]);
  expect(problemOf(bytes)).toContain('byte 19 (line 1) is 0xE9');
});

test('points at a byte that can never begin a character, even when what follows looks like its continuation', () => {
  expect(problemOf(Buffer.from([0x80, 0x61]))).toContain('byte 0 (line 1) is 0x80');
  expect(problemOf(Buffer.from([0xc0, 0x80, 0x80, 0x80, 0x61]))).toContain('byte 0 (line 1) is 0xC0');
  expect(problemOf(Buffer.from([0xc1, 0x81]))).toContain('byte 0 (line 1) is 0xC1');
  expect(problemOf(Buffer.from([0xf5, 0x80, 0x80, 0x80, 0x61]))).toContain('byte 0 (line 1) is 0xF5');
});

test('points at a sequence well formed byte by byte that UTF-8 refuses: a surrogate, an overlong character, past U+10FFFF', () => {
  // Each sequence after "a\n", then a line that is fine: the sequence's first byte is named.
  const at = (sequence: number[]) => problemOf(Buffer.concat([Buffer.from('a\n'), Buffer.from(sequence), Buffer.from('\nok')]));
  expect(at([0xed, 0xa0, 0x80])).toContain('byte 2 (line 2) is 0xED,');
  expect(at([0xe0, 0x80, 0x80])).toContain('byte 2 (line 2) is 0xE0,');
  expect(at([0xf0, 0x80, 0x80, 0x80])).toContain('byte 2 (line 2) is 0xF0,');
  expect(at([0xf4, 0x90, 0x80, 0x80])).toContain('byte 2 (line 2) is 0xF4,');
  // Their neighbours that UTF-8 allows: U+D7FF, U+0800, U+10000, U+10FFFF.
  for (const allowed of [[0xed, 0x9f, 0xbf], [0xe0, 0xa0, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf]]) expect(at(allowed)).toBe('');
});

test('tells Windows line endings (CR LF) from LF alone', () => {
  expect(hasWindowsLineEndings(TEXT.replace('\n', '\r\n'))).toBe(true);
  expect(hasWindowsLineEndings(TEXT)).toBe(false);
  expect(hasWindowsLineEndings('one line')).toBe(false);
});
