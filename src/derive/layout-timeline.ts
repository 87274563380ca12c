import type { DatasetEvent } from '../data/schema';
import { packRows } from './pack-rows';
import type { TimeScale } from './time-scale';
import type { Timeline, TimelineMark } from './to-timeline';

export const MARK = 9;
export const MARK_GAP = 2;
export const STACK_COLUMNS = 12;
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
}

export interface TimelineLayout {
  events: PlacedEvent[];
  eventsHeight: number;
  lanes: { id: string; y: number; height: number }[];
  /** One mark per commitment; empty when the marks are counted in bins instead. */
  marks: PlacedMark[];
  /** Counts per lane and slice of time, when there are too many marks to draw one by one. */
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

  let y = top;
  const lanes: TimelineLayout['lanes'] = [];
  const marks: PlacedMark[] = [];
  for (const lane of timeline.lanes) {
    const tallest = Math.max(1, ...lane.stacks.map((s) => Math.ceil(s.marks.length / STACK_COLUMNS)));
    const height = tallest * (MARK + MARK_GAP) - MARK_GAP + 2 * LANE_PADDING;
    for (const stack of lane.stacks) {
      const columns = Math.min(STACK_COLUMNS, stack.marks.length);
      const left = scale.x(stack.date) - (columns * (MARK + MARK_GAP) - MARK_GAP) / 2;
      stack.marks.forEach((mark, i) => {
        marks.push({
          mark,
          laneId: lane.id,
          x: left + (i % STACK_COLUMNS) * (MARK + MARK_GAP),
          y: y + LANE_PADDING + Math.floor(i / STACK_COLUMNS) * (MARK + MARK_GAP),
        });
      });
    }
    lanes.push({ id: lane.id, y, height });
    y += height;
  }
  return { events, eventsHeight, lanes, marks, bins: [], height: y + 2 };
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
