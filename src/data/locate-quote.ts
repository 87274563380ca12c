import type { Evidence } from './schema';

export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; problem: string };

/**
 * Where a quote stands in its source. A quote found once is placed there; one found several
 * times keeps offsets that already point at one of its places, and is ambiguous otherwise.
 */
export function locateQuote(evidence: Pick<Evidence, 'quote' | 'start' | 'end'>, text: string): QuoteLocation {
  const places: number[] = [];
  for (let at = text.indexOf(evidence.quote); at !== -1; at = text.indexOf(evidence.quote, at + 1)) places.push(at);
  const length = evidence.quote.length;
  const [only] = places;
  if (only === undefined) return { ok: false, problem: 'quote not found verbatim in the source' };
  if (places.length === 1) return { ok: true, start: only, end: only + length };
  if (places.includes(evidence.start) && evidence.end === evidence.start + length) {
    return { ok: true, start: evidence.start, end: evidence.end };
  }
  return { ok: false, problem: `quote occurs ${places.length} times (at ${places.join(', ')}): set start to the one meant` };
}
