import { SEQUENTIAL_BLUES, colorClass, textColorOn } from '../../ui/color-scale';

interface HeatmapCellsProps {
  /** One count per column, in column order. */
  counts: readonly number[];
  /** Country ids, one per column. */
  columns: readonly string[];
  /** The row's place in the arrow-key grid, from 0. */
  row: number;
  /** The count that gets the darkest shade. */
  scaleMax: number;
  /** The cell's accessible name: country, row and count in words. */
  label: (countryId: string, count: number) => string;
  pressed: (countryId: string) => boolean;
  onPick: (countryId: string) => void;
}

/** One row's cells: each a button that prints its count as well as colouring it. */
export function HeatmapCells({ counts, columns, row, scaleMax, label, pressed, onPick }: HeatmapCellsProps) {
  return counts.map((count, c) => {
    const countryId = columns[c] ?? '';
    const colour = colorClass(count, scaleMax);
    return (
      <td key={countryId}>
        <button
          type="button"
          className="heatmap__cell"
          data-row={row}
          data-col={c}
          tabIndex={row === 0 && c === 0 ? 0 : -1}
          aria-pressed={pressed(countryId)}
          aria-label={label(countryId, count)}
          style={{ backgroundColor: SEQUENTIAL_BLUES[colour], color: textColorOn(colour) }}
          onClick={() => onPick(countryId)}
        >
          {count}
        </button>
      </td>
    );
  });
}
