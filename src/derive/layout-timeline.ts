import type { DatasetEvent } from '../data/schema';
import { packRows } from './pack-rows';
import type { TimeScale } from './time-scale';
import type { Timeline, TimelineMark } from './to-timeline';

export const MARK = 9;
export const MARK_GAP = 2;
/** Marks of one day and lane drawn one above the other, at most; more become one counted mark there. */
export const STACK_LIMIT = 5;
/** Width of a counted mark: wide enough to write its count in. */
export const COUNTED_WIDTH = 20;
/** Height of a counted mark: one line of figures. */
export const COUNTED_HEIGHT = 15;
export const EVENT_ROW = 13;
export const LANE_PADDING = 5;
export const AXIS_HEIGHT = 24;
/** Above this many marks, each lane is drawn as counts per slice of time instead of one mark each. */
export const AGGREGATE_ABOVE = 400;
/** Width of a slice of time, in pixels, when marks are counted rather than drawn. */
export const BIN_WIDTH = 6;
export const BIN_LANE = 34;
/** Event rows beyond this share the last row. */
export const MAX_EVENT_ROWS = 4;

export interface PlacedMark {
  mark: TimelineMark;
  laneId: string;
  x: number;
  y: number;
}

export interface PlacedEvent {
  event: DatasetEvent;
  inRange: boolean;
  x0: number;
  x1: number;
  y: number;
}

/** Marks of one lane made within one slice of time, drawn as a bar as tall as their count. */
export interface PlacedBin {
  laneId: string;
  /** First and last day of the marks it counts. */
  start: string;
  end: string;
  count: number;
  /** How many of them fall in the brushed range. */
  inRange: number;
  x: number;
  y: number;
  height: number;
  /** Its width, where it is not a slice of BIN_WIDTH: a counted mark of one day. */
  width?: number;
}

export interface TimelineLayout {
  events: PlacedEvent[];
  eventsHeight: number;
  lanes: { id: string; y: number; height: number }[];
  /** One mark per statement, where a day holds few of them in a lane. */
  marks: PlacedMark[];
  /**
   * Counted marks: a day's marks in a lane where they are more than STACK_LIMIT, or, for a large
   * dataset, every lane's marks counted per slice of time.
   */
  bins: PlacedBin[];
  height: number;
}

/** Where every band and mark goes: events packed in rows on top, then one lane per kind or country. */
export function layoutTimeline(timeline: Timeline, scale: TimeScale): TimelineLayout {
  const packed = packRows(timeline.events, (e) => scale.x(e.range.start), (e) => Math.max(scale.x(e.range.start) + 6, scale.x(nextDay(e.range.end))), 4);
  const markCount = timeline.lanes.reduce((sum, lane) => sum + lane.stacks.reduce((n, s) => n + s.marks.length, 0), 0);
  const binned = markCount > AGGREGATE_ABOVE;
  // Counted lanes come with many events too: they share one row, so the lanes stay in view.
  const maxRows = binned ? 1 : MAX_EVENT_ROWS;
  const eventRows = Math.min(maxRows, packed.reduce((max, p) => Math.max(max, p.row + 1), 0));
  const events = packed.map(({ item, row: packedRow }) => ({
    event: item.event,
    inRange: item.inRange,
    x0: scale.x(item.range.start),
    x1: scale.x(nextDay(item.range.end)),
    y: AXIS_HEIGHT + LANE_PADDING + Math.min(packedRow, maxRows - 1) * EVENT_ROW,
  }));
  const eventsHeight = Math.max(1, eventRows) * EVENT_ROW + 2 * LANE_PADDING;

  const top = AXIS_HEIGHT + eventsHeight;
  if (binned) return { events, eventsHeight, ...layoutBins(timeline, scale, top) };

  // A day's marks sit on that day, never beside it: a few stand one above the other; more are one
  // counted mark, as tall as a full stack, that filters to its day.
  let y = top;
  const lanes: TimelineLayout['lanes'] = [];
  const marks: PlacedMark[] = [];
  const counted: PlacedBin[] = [];
  for (const lane of timeline.lanes) {
    // A lane is as tall as its tallest stack of single marks, or a counted mark.
    const tallest = Math.max(0, ...lane.stacks.map((s) => (s.marks.length > STACK_LIMIT ? 0 : s.marks.length)));
    const room = Math.max(COUNTED_HEIGHT, tallest * (MARK + MARK_GAP) - MARK_GAP);
    for (const stack of lane.stacks) {
      const middle = (scale.x(stack.date) + scale.x(nextDay(stack.date))) / 2;
      if (stack.marks.length > STACK_LIMIT) {
        counted.push({
          laneId: lane.id, start: stack.date, end: stack.date, count: stack.marks.length,
          inRange: stack.marks.filter((m) => m.inRange).length, x: middle - COUNTED_WIDTH / 2, y: y + LANE_PADDING + room - COUNTED_HEIGHT, height: COUNTED_HEIGHT, width: COUNTED_WIDTH,
        });
        continue;
      }
      stack.marks.forEach((mark, i) => {
        marks.push({ mark, laneId: lane.id, x: middle - MARK / 2, y: y + LANE_PADDING + room - (i + 1) * (MARK + MARK_GAP) + MARK_GAP });
      });
    }
    const height = room + 2 * LANE_PADDING;
    lanes.push({ id: lane.id, y, height });
    y += height;
  }
  return { events, eventsHeight, lanes, marks, bins: counted, height: y + 2 };
}

/** Each lane as bars: the marks in each slice of time counted, bars scaled to the largest count. */
function layoutBins(timeline: Timeline, scale: TimeScale, top: number): Pick<TimelineLayout, 'lanes' | 'marks' | 'bins' | 'height'> {
  const bins: PlacedBin[] = [];
  const lanes: TimelineLayout['lanes'] = [];
  for (const [laneIndex, lane] of timeline.lanes.entries()) {
    const y = top + laneIndex * BIN_LANE;
    const bySlice = new Map<number, PlacedBin>();
    for (const stack of lane.stacks) {
      const slice = Math.floor(scale.x(stack.date) / BIN_WIDTH);
      const bin = bySlice.get(slice) ?? { laneId: lane.id, start: stack.date, end: stack.date, count: 0, inRange: 0, x: slice * BIN_WIDTH, y, height: 0 };
      bin.count += stack.marks.length;
      for (const mark of stack.marks) if (mark.inRange) bin.inRange++;
      if (stack.date < bin.start) bin.start = stack.date;
      if (stack.date > bin.end) bin.end = stack.date;
      bySlice.set(slice, bin);
    }
    bins.push(...bySlice.values());
    lanes.push({ id: lane.id, y, height: BIN_LANE });
  }
  const most = Math.max(1, ...bins.map((b) => b.count));
  const room = BIN_LANE - 2 * LANE_PADDING;
  for (const bin of bins) {
    bin.height = Math.max(2, (room * bin.count) / most);
    bin.y += LANE_PADDING + room - bin.height;
  }
  return { lanes, marks: [], bins, height: top + timeline.lanes.length * BIN_LANE + 2 };
}

function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
