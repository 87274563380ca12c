// Widths of Noto Sans glyphs in ems, by character class: close enough to lay out headers and
// labels without a canvas, so that the builders stay pure. Wide and narrow glyphs differ most.
const NARROW = new Set(Array.from('il.,:;|!’\'`()[]{}ìíîïIjft'));
const WIDE = new Set(Array.from('mwMWŒœ—@%'));
const CAPITAL = /[A-ZÀ-Ý]/;

/** Approximate width of a line of text at a font size, in the same units as the size. */
export function measureText(text: string, size: number, weight: 400 | 700 = 400): number {
  let ems = 0;
  for (const char of text) {
    if (char === ' ') ems += 0.26;
    else if (NARROW.has(char)) ems += 0.28;
    else if (WIDE.has(char)) ems += 0.86;
    else if (CAPITAL.test(char)) ems += 0.66;
    else if (/\d/.test(char)) ems += 0.57;
    else ems += 0.54;
  }
  return ems * size * (weight === 700 ? 1.06 : 1);
}

/** Breaks text into lines no wider than `width`, at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, size: number, width: number, weight: 400 | 700 = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Shortens text with an ellipsis to fit `width`. */
export function fitText(text: string, size: number, width: number, weight: 400 | 700 = 400): string {
  if (measureText(text, size, weight) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measureText(`${cut}…`, size, weight) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
