import { cleanText } from '../data/clean-text';

/**
 * Rows as CSV (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled.
 * A byte-order mark lets spreadsheet programs read the accents as UTF-8. Control and bidi-override
 * characters in dataset text become U+FFFD.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (fields: readonly (string | number)[]) => fields.map(field).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

function field(value: string | number): string {
  const text = cleanText(String(value));
  // A leading =, +, - or @ would run as a formula in a spreadsheet: dataset text stays text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
