import { monthNumber } from './month-names';

/**
 * A date as someone types it in either interface language, as an ISO date, or null when it is not
 * one: day first ("26/04/2023", "26.4.2023", "26 Apr 2023", "26 avr. 2023", "1er mars 2024"), or ISO.
 */
export function parseTypedDate(typed: string): string | null {
  const text = typed.trim().toLowerCase();
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const words = /^(\d{1,2})(?:er)?\s+([\p{L}]+)\.?\s+(\d{4})$/u.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  else if (words) {
    const month = monthNumber(words[2] ?? '');
    if (month) parts = [Number(words[3]), month, Number(words[1])];
  }
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
