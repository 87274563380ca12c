import { decodeSource } from '../data/decode-source';
import { sha256Hex } from '../data/sha256';

/** A source text made ready to code: LF line endings, its SHA-256, and what was changed or is wrong. */
export type ReadText = { ok: true; text: string; sha256: string; convertedLineEndings: boolean } | { ok: false; problem: string };

/**
 * A text opened (bytes) or pasted (a string), as the dataset keeps it: UTF-8 without a byte-order
 * mark, LF line endings (Windows' CR LF are turned into LF, and that is said), and the SHA-256 of
 * those very bytes.
 */
export async function readText(input: Uint8Array | string): Promise<ReadText> {
  const decoded = typeof input === 'string' ? { text: input } : decodeSource(input);
  if ('problem' in decoded) return { ok: false, problem: decoded.problem };
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, problem: 'the text is empty' };
  return { ok: true, text, sha256: await sha256Hex(new TextEncoder().encode(text)), convertedLineEndings: text !== decoded.text };
}
