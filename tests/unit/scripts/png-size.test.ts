import { deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { pngSize } from '../../../scripts/bench/measure-run';

/** A real (tiny, grey) PNG of the given size, chunk CRCs left at zero: only the header is read. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => Buffer.concat([Buffer.alloc(4, 0), Buffer.from(type, 'latin1'), data, Buffer.alloc(4, 0)]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 128);
  const withLength = (c: Buffer, n: number) => (c.writeUInt32BE(n, 0), c);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    withLength(chunk('IHDR', header), 13),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('reads an exported image\'s pixel size from its PNG header', () => {
  expect(pngSize(png(1816, 1380))).toEqual({ width: 1816, height: 1380 });
});

test('refuses a file that is not a PNG image', () => {
  expect(() => pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toThrow('not a PNG image');
});
