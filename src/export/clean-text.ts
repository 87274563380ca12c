/**
 * Characters that must not reach an exported file: C0 and C1 controls other than tab and line
 * breaks (invalid in XML, invisible in a spreadsheet), and the bidi embeddings, overrides and
 * isolates that can make a label read in another order than it is written.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Dataset text made safe for a file: each unsafe character becomes U+FFFD, so nothing is silently lost. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, '\uFFFD');
}
