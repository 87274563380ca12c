/**
 * Characters that must not reach the screen or an exported file: C0 and C1 controls other than tab and line
 * breaks (invalid in XML, invisible in a spreadsheet), and the bidi embeddings, overrides and
 * isolates that can make a label read in another order than it is written.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Dataset text made safe for a file: each unsafe character becomes U+FFFD, so nothing is silently lost. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, '\uFFFD');
}

/** Whether the text holds a character cleanText would replace. */
const HAS_UNSAFE = new RegExp(UNSAFE.source);

/**
 * Cleans every string of a checked dataset (and its source texts) in place, as its files are
 * cleaned: a label cannot reorder the text around it on screen either, and what is shown is what
 * is exported. One UTF-16 unit becomes one, so every offset still points where it did.
 */
export function cleanDatasetText<T>(value: T): T {
  // An array's entries are its indices and items: arrays are cleaned as objects are.
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) record[key] = typeof item === 'string' ? cleanIfNeeded(item) : cleanDatasetText(item);
  }
  return value;
}

function cleanIfNeeded(text: string): string {
  return HAS_UNSAFE.test(text) ? cleanText(text) : text;
}
