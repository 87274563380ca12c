import { SEQUENTIAL_BLUES, colorClass, textColorOn } from '../../ui/color-scale';

interface HeatmapCellsProps {
  /** One count per column, in column order. */
  counts: readonly number[];
  /** Comparing two readouts: the earlier one's counts, printed before each count ("1 → 3"). */
  before?: readonly number[] | undefined;
  /** Country ids, one per column. */
  columns: readonly string[];
  /** The row's place in the arrow-key grid, from 0. */
  row: number;
  /** The count that gets the darkest shade; null for a row the colour scale does not speak for. */
  scaleMax: number | null;
  /** The cell's accessible name: country, row and count in words (with the earlier count, comparing). */
  label: (countryId: string, count: number, before: number | undefined) => string;
  pressed: (countryId: string) => boolean;
  onPick: (countryId: string) => void;
}

/**
 * One row's cells: each a button that prints its count as well as colouring it. A row without a
 * scale (a folded group's totals, larger than any one domain's) prints its counts on plain cells.
 */
export function HeatmapCells({ counts, before, columns, row, scaleMax, label, pressed, onPick }: HeatmapCellsProps) {
  return counts.map((count, c) => {
    const countryId = columns[c] ?? '';
    const earlier = before?.[c];
    const colour = scaleMax === null ? null : colorClass(count, scaleMax);
    return (
      <td key={countryId}>
        <button
          type="button"
          className={`heatmap__cell${colour === null ? ' heatmap__cell--total' : ''}`}
          data-row={row}
          data-col={c}
          tabIndex={row === 0 && c === 0 ? 0 : -1}
          aria-pressed={pressed(countryId)}
          aria-label={label(countryId, count, earlier)}
          style={colour === null ? undefined : { backgroundColor: SEQUENTIAL_BLUES[colour], color: textColorOn(colour) }}
          onClick={() => onPick(countryId)}
        >
          {earlier === undefined ? count : `${earlier} → ${count}`}
        </button>
      </td>
    );
  });
}
