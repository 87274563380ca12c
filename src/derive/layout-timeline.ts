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

export interface TimelineLayout {
  events: PlacedEvent[];
  eventsHeight: number;
  lanes: { id: string; y: number; height: number }[];
  marks: PlacedMark[];
  height: number;
}

/** Where every band and mark goes: events packed in rows on top, then one lane per kind or country. */
export function layoutTimeline(timeline: Timeline, scale: TimeScale): TimelineLayout {
  const packed = packRows(timeline.events, (e) => scale.x(e.event.when.start), (e) => Math.max(scale.x(e.event.when.start) + 6, scale.x(nextDay(e.event.when.end))), 4);
  const eventRows = packed.reduce((max, p) => Math.max(max, p.row + 1), 0);
  const events = packed.map(({ item, row }) => ({
    event: item.event,
    inRange: item.inRange,
    x0: scale.x(item.event.when.start),
    x1: scale.x(nextDay(item.event.when.end)),
    y: AXIS_HEIGHT + LANE_PADDING + row * EVENT_ROW,
  }));
  const eventsHeight = Math.max(1, eventRows) * EVENT_ROW + 2 * LANE_PADDING;

  let y = AXIS_HEIGHT + eventsHeight;
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
  return { events, eventsHeight, lanes, marks, height: y + 2 };
}

function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
