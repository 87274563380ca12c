/** A passage chosen in a source: its offsets, and its words, which are the text at those offsets. */
export interface Passage {
  start: number;
  end: number;
  quote: string;
}

/**
 * The passage between two offsets of a text, in either order, kept inside the text and without the
 * spaces at its ends; null where nothing but spaces is chosen. Its quote is always the text's own
 * words at its offsets: a selection cannot yield one that is not.
 */
export function passageOf(text: string, from: number, to: number): Passage | null {
  let start = Math.max(0, Math.min(from, to, text.length));
  let end = Math.min(text.length, Math.max(from, to, 0));
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end, quote: text.slice(start, end) } : null;
}

/** Whether a passage stands within another (a cue within its quote). */
export function isWithin(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The words of a passage with their offsets in the whole text, to pick cue words from. */
export function wordsOf(text: string, passage: { start: number; end: number }): Passage[] {
  const words: Passage[] = [];
  const pattern = /[\p{L}\p{N}’'-]+/gu;
  const slice = text.slice(passage.start, passage.end);
  for (const match of slice.matchAll(pattern)) {
    const start = passage.start + match.index;
    words.push({ start, end: start + match[0].length, quote: match[0] });
  }
  return words;
}
