import { DIAMOND, type PlacedEvent } from '../../derive/layout-timeline';

/** What recharts hands a reference area's shape: the box it covers, in pixels. */
interface AreaBox {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** What recharts hands a reference line's shape: its ends, in pixels. */
interface LineEnds {
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}

/** The shaded run of years of one axis segment. */
export function SegmentShape({ x = 0, y = 0, width = 0, height = 0, endYear }: AreaBox & { endYear: number }) {
  return <rect className="timeline__segment" data-end-year={endYear} x={x} y={y - 6} width={width} height={height + 6} />;
}

/** The rule where a year starts, and the year written over it where there is room. */
export function YearLine({ x1 = 0, y1 = 0, y2 = 0, year, yearWidth, top, size }: LineEnds & { year: number; yearWidth: number; top: number; size: number }) {
  // A year's number is written over its first so many pixels: its own width in this type.
  const room = size * 4;
  return (
    <g className="timeline__axis">
      <line className="timeline__grid" data-year={year} x1={x1} x2={x1} y1={y1 - 6} y2={y2} />
      {(yearWidth >= room * 0.7 || isFirstShown(year, yearWidth, room)) && (
        <text className="timeline__year" x={x1 + Math.min(yearWidth, room) / 2} y={top - 9} fontSize={size} textAnchor="middle">
          {year}
        </text>
      )}
    </g>
  );
}

/** Narrow years are labelled one in so many, so that their numbers never touch. */
function isFirstShown(year: number, yearWidth: number, room: number): boolean {
  return year % Math.ceil(room / Math.max(1, yearWidth)) === 0;
}

/** A zigzag at the top and bottom of a stretch of empty years the axis skips, and what it skips. */
export function BreakShape({ x = 0, y = 0, width = 0, height = 0, title }: AreaBox & { title: string }) {
  const mid = x + width / 2;
  return (
    <g className="timeline__break">
      <title>{title}</title>
      <path d={`M${mid - 5},${y - 10} l4,-8 l2,16 l4,-8`} />
      <path d={`M${mid - 5},${y + height - 8} l4,-8 l2,16 l4,-8`} />
    </g>
  );
}

/**
 * A dated event: a diamond on its day, a band over a period (dashed where the text is
 * approximate, with an arrow where it is open-ended), and its name written above it.
 */
export function EventShape({ x = 0, y = 0, placed, title, text }: AreaBox & { placed: PlacedEvent; title: string; text: { size: number; rise: number } }) {
  const { event, inRange, label, open } = placed;
  const left = x;
  const span = placed.x1 - placed.x0;
  const top = y + text.rise;
  const precision = event.when.precision;
  return (
    <g className={`timeline__event precision-${precision}${inRange ? '' : ' is-out'}`}>
      <title>{title}</title>
      {precision === 'day' ? (
        <path d={`M${left + span / 2},${top} l${DIAMOND},${DIAMOND} l${-DIAMOND},${DIAMOND} l${-DIAMOND},${-DIAMOND} z`} />
      ) : (
        <rect x={left} y={top + 1} width={Math.max(3, span)} height={8} rx={2} />
      )}
      {open === 'end' && <path className="timeline__open" d={`M${left + span},${top + 5} l-6,-5 v10 z`} />}
      {open === 'start' && <path className="timeline__open" d={`M${left},${top + 5} l6,-5 v10 z`} />}
      {label && (
        <text className="timeline__event-label" x={left + (label.x - placed.x0)} y={y + text.size - 1} fontSize={text.size} textAnchor={label.anchor} aria-hidden="true">
          {label.text}
        </text>
      )}
    </g>
  );
}
