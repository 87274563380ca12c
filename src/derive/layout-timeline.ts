import type { DatasetEvent } from '../data/schema';
import { fitText, measureText } from './measure-text';
import { packRows } from './pack-rows';
import { nextDay } from './next-day';
import type { TimeScale } from './time-scale';
import type { Timeline, TimelineMark } from './to-timeline';

export const MARK = 9;
export const MARK_GAP = 2;
/** Half the width of the diamond that marks an event of one day. */
export const DIAMOND = 5;
/** Marks of one day and lane drawn one above the other, at most; more become one counted mark there. */
export const STACK_LIMIT = 5;
/** The tallest stack drawn where there is room to spare; taller ones are always counted. */
export const MAX_STACK = 24;
/** Width of a counted mark: wide enough to write its count in. */
export const COUNTED_WIDTH = 20;
/** Height of a counted mark: one line of figures. */
export const COUNTED_HEIGHT = 15;
/** Font size of the chart's words (event names, lane names), unless told otherwise. */
export const TEXT_SIZE = 11;
/** The same for a room (presentation mode), as a share of the page's type. */
export const ROOM_TEXT_SCALE = 0.85;
/** Height of an event's label above its band: the type's own height, descenders included. */
const labelRise = (textSize: number) => Math.round(textSize * 1.2);
/** An event row: its label, then its band or diamond. */
const eventRow = (textSize: number) => labelRise(textSize) + 13;
/** Horizontal room kept between two events' labels or bands on one row. */
const EVENT_GAP = 8;
export const LANE_PADDING = 5;
/** Height of the year axis over the plot, for the usual type: it grows with the words' size. */
export const AXIS_HEIGHT = 24;
/** Above this many marks, each lane is drawn as counts per slice of time instead of one mark each. */
export const AGGREGATE_ABOVE = 400;
/** Width of a slice of time, in pixels, when marks are counted rather than drawn. */
export const BIN_WIDTH = 6;
export const BIN_LANE = 34;
/** Event rows beyond this share the last row, without labels (the table and tooltips still name them). */
export const MAX_EVENT_ROWS = 6;

export interface PlacedMark {
  mark: TimelineMark;
  laneId: string;
  x: number;
  y: number;
}

export interface PlacedEvent {
  event: DatasetEvent;
  inRange: boolean;
  /** Where its band runs (a day: where its diamond is centred, x0 = x1 - day width). */
  x0: number;
  x1: number;
  /** Top of its row; the label sits there, the band `text.rise` below. */
  y: number;
  /** Which end runs on past the axis: an open-ended date. */
  open?: 'start' | 'end';
  /** Its name written beside it, or null where the rows are full. */
  label: { text: string; x: number; anchor: 'start' | 'end' } | null;
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
  /**
   * The words' font size; how far under the top of its row an event's band starts (its label's
   * baseline is `size - 1` under it); an event row's height; the year axis's height.
   */
  text: { size: number; rise: number; row: number; axis: number };
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

export interface LayoutOptions {
  /** Up to this many marks of one day and lane stand one above the other; more are one counted mark. */
  stackLimit?: number;
  /** Font size of the event names, which sets the height of their rows (larger for a room). */
  textSize?: number;
}

/** Where every band and mark goes: events packed in rows on top, then one lane per kind or country. */
export function layoutTimeline(
  timeline: Timeline,
  scale: TimeScale,
  eventLabel: (event: DatasetEvent) => string,
  { stackLimit = STACK_LIMIT, textSize = TEXT_SIZE }: LayoutOptions = {},
): TimelineLayout {
  const text = { size: textSize, rise: labelRise(textSize), row: eventRow(textSize), axis: AXIS_HEIGHT - TEXT_SIZE + textSize };
  // Each event takes the room of its band and of its label: the label starts where the event
  // starts, or, where that would run off the axis, ends where it ends.
  const spans = timeline.events.map((item) => {
    const x0 = item.open === 'start' ? 0 : scale.x(item.range.start);
    const x1 = item.open === 'end' ? scale.width : Math.max(x0 + 1, scale.x(nextDay(item.range.end)));
    const name = fitText(eventLabel(item.event), textSize, scale.width);
    const width = measureText(name, textSize);
    const anchor: 'start' | 'end' = x0 + width <= scale.width ? 'start' : 'end';
    const labelX = anchor === 'start' ? Math.max(0, x0) : Math.min(scale.width, Math.max(x1, width));
    const from = Math.min(x0 - DIAMOND, anchor === 'start' ? labelX : labelX - width);
    const to = Math.max(x1 + DIAMOND, anchor === 'start' ? labelX + width : labelX);
    return { item, x0, x1, from, to, label: { text: name, x: labelX, anchor } };
  });
  const packed = packRows(spans, (s) => s.from, (s) => s.to, EVENT_GAP);
  const markCount = timeline.lanes.reduce((sum, lane) => sum + lane.stacks.reduce((n, s) => n + s.marks.length, 0), 0);
  const binned = markCount > AGGREGATE_ABOVE;
  // Counted lanes come with many events too: they share one row, so the lanes stay in view.
  const maxRows = binned ? 1 : MAX_EVENT_ROWS;
  const overflows = packed.some((p) => p.row >= maxRows);
  const eventRows = Math.min(maxRows, packed.reduce((max, p) => Math.max(max, p.row + 1), 0));
  const events = packed.map(({ item: span, row }): PlacedEvent => ({
    event: span.item.event,
    inRange: span.item.inRange,
    x0: span.x0,
    x1: span.x1,
    y: text.axis + LANE_PADDING + Math.min(row, maxRows - 1) * text.row,
    ...(span.item.open ? { open: span.item.open } : {}),
    // Where events share the last row, their labels would overlap: none is written there.
    label: overflows && row >= maxRows - 1 ? null : span.label,
  }));
  const eventsHeight = Math.max(1, eventRows) * text.row + 2 * LANE_PADDING;

  const top = text.axis + eventsHeight;
  if (binned) return { text, events, eventsHeight, ...layoutBins(timeline, scale, top) };

  // A day's marks sit on that day, never beside it: a few stand one above the other; more are one
  // counted mark, as tall as a full stack, that filters to its day.
  let y = top;
  const lanes: TimelineLayout['lanes'] = [];
  const marks: PlacedMark[] = [];
  const counted: PlacedBin[] = [];
  for (const lane of timeline.lanes) {
    // A lane is as tall as its tallest stack of single marks, a counted mark, or its name.
    const tallest = Math.max(0, ...lane.stacks.map((s) => (s.marks.length > stackLimit ? 0 : s.marks.length)));
    const room = Math.max(COUNTED_HEIGHT, textSize + (textSize > TEXT_SIZE ? 8 : 4), tallest * (MARK + MARK_GAP) - MARK_GAP);
    for (const stack of lane.stacks) {
      const middle = (scale.x(stack.date) + scale.x(nextDay(stack.date))) / 2;
      if (stack.marks.length > stackLimit) {
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
  return { text, events, eventsHeight, lanes, marks, bins: counted, height: y + 2 };
}

/** Each lane as bars: the marks in each slice of time counted, bars scaled to the largest count. */
/**
 * The layout that uses the height there is, from the usual one: where the room allows, a day's
 * marks stand one above the other in taller stacks (each its own button) instead of one counted
 * mark, never above MAX_STACK; what room is left, the lanes share. With no room to spare, or
 * slices counted for a large dataset, the usual layout.
 */
export function fitTimeline(
  usual: TimelineLayout,
  timeline: Timeline,
  scale: TimeScale,
  eventLabel: (event: DatasetEvent) => string,
  maxHeight: number,
): TimelineLayout {
  if (usual.height >= maxHeight || usual.bins.some((bin) => !bin.width)) return usual;
  const sizes = [...new Set(timeline.lanes.flatMap((lane) => lane.stacks.map((s) => s.marks.length)))]
    .filter((n) => n > STACK_LIMIT && n <= MAX_STACK)
    .sort((a, b) => b - a);
  for (const limit of sizes) {
    const layout = layoutTimeline(timeline, scale, eventLabel, { stackLimit: limit, textSize: usual.text.size });
    if (layout.height <= maxHeight) return spreadLanes(layout, maxHeight);
  }
  return spreadLanes(usual, maxHeight);
}

/**
 * The lanes made taller, each by the same share of the room left under them, so that the chart
 * fills the height it is given rather than leaving a blank under its last lane. Each lane's marks
 * stay at its foot, where its rule is; nothing moves sideways. Counted slices of a large dataset
 * keep their height.
 */
export function spreadLanes(layout: TimelineLayout, height: number): TimelineLayout {
  const spare = Math.floor(height - layout.height);
  if (spare <= 0 || layout.lanes.length === 0 || layout.marks.length + layout.bins.length === 0 || layout.bins.some((bin) => !bin.width)) return layout;
  const extra = spare / layout.lanes.length;
  const index = new Map(layout.lanes.map((lane, i) => [lane.id, i]));
  // A lane's foot moves down by the extra of every lane down to and including it.
  const down = (laneId: string) => extra * ((index.get(laneId) ?? 0) + 1);
  return {
    ...layout,
    lanes: layout.lanes.map((lane, i) => ({ ...lane, y: lane.y + extra * i, height: lane.height + extra })),
    marks: layout.marks.map((mark) => ({ ...mark, y: mark.y + down(mark.laneId) })),
    bins: layout.bins.map((bin) => ({ ...bin, y: bin.y + down(bin.laneId) })),
    height: layout.height + spare,
  };
}

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
