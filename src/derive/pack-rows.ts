/**
 * Gives each interval the first row where it overlaps nothing already placed (greedy interval
 * packing, in start order), so that overlapping bands are drawn one above the other.
 */
export function packRows<T>(items: readonly T[], start: (item: T) => number, end: (item: T) => number, gap = 0): { item: T; row: number }[] {
  const rowEnds: number[] = [];
  return [...items]
    .sort((a, b) => start(a) - start(b) || end(a) - end(b))
    .map((item) => {
      let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= start(item));
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = end(item);
      return { item, row };
    });
}
