/**
 * A source file's bytes as text, or what is wrong with how it is encoded, in words that say how
 * to fix it. Sources are UTF-8 without a byte-order mark: the offsets of quotes count the
 * characters of that text, so anything else would put every quote in the wrong place.
 */
export function decodeSource(bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: `the file is UTF-16 (it begins with the byte-order mark ${hex(bytes[0])} ${hex(bytes[1])}); save it as UTF-8, without a byte-order mark` };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { problem: 'the file begins with a UTF-8 byte-order mark, which is not part of the text and would move every offset by one; save it as UTF-8 without a byte-order mark' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    return {
      problem: `the file is not UTF-8: byte ${at} (line ${line}) is ${hex(bytes[at])}, which UTF-8 does not allow there; it looks like Latin-1 or Windows-1252 — save it as UTF-8`,
    };
  }
}

/** Where a text's line endings are Windows' (CR LF) rather than LF alone, as the offsets count them. */
export function hasWindowsLineEndings(text: string): boolean {
  return text.includes('\r\n');
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * The second byte each lead allows, where it is narrower than any continuation byte: what is
 * left out would encode a character again in more bytes (overlong), a UTF-16 surrogate, or a code
 * point past U+10FFFF.
 */
const SECOND_BYTE: Readonly<Record<number, readonly [number, number]>> = { 0xe0: [0xa0, 0xbf], 0xed: [0x80, 0x9f], 0xf0: [0x90, 0xbf], 0xf4: [0x80, 0x8f] };

/** The index of the first byte that breaks UTF-8 (a stray continuation, a bad lead or a bad or short sequence). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const [low, high] = SECOND_BYTE[lead] ?? [0x80, 0xbf];
    const second = bytes[i + 1] ?? 0;
    if (length > 1 && (second < low || second > high)) return i;
    for (let j = 2; j < length; j++) {
      const next = bytes[i + j];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}
