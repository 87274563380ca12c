/**
 * A sequential blue scale, light to dark, that reads the same to the common forms of colour
 * blindness (one hue, lightness carries the order). Index 0 is for zero.
 */
export const SEQUENTIAL_BLUES = ['#f4f6f8', '#d2e3f3', '#9ecae1', '#5a9fd0', '#2b6fb3', '#0d3f7a'] as const;

/** The colour class of a count: 0 for none, then 1–5 by its share of the maximum. */
export function colorClass(value: number, max: number): number {
  if (value <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((5 * value) / Math.max(1, max))));
}

/** Text that stays readable (at least 4.5:1) on a cell of the given class. */
export function textColorOn(colorIndex: number): string {
  return colorIndex >= 4 ? '#ffffff' : '#1b1f24';
}

/** The lowest and highest count of each class, for the legend. */
export function classBounds(max: number): { index: number; from: number; to: number }[] {
  const bounds: { index: number; from: number; to: number }[] = [];
  for (let value = 1; value <= max; value++) {
    const index = colorClass(value, max);
    const last = bounds.at(-1);
    if (last?.index === index) last.to = value;
    else bounds.push({ index, from: value, to: value });
  }
  return bounds;
}
