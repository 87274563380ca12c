import type { DateRange } from '../filters/filter-state';
import { nextDay } from './next-day';
import type { TimeScale } from './time-scale';

/** One stop of the timeline's brush: a position on the axis and the day found there. */
export interface BrushSlot {
  x: number;
  day: string;
}

/**
 * Evenly spaced stops along the axis, about `step` pixels apart, for recharts' Brush, which moves
 * its handles from one data index to the next: spaced evenly, the handles stand over the very days
 * they name, across the axis's breaks too.
 */
export function toBrushSlots(scale: TimeScale, step = 4): BrushSlot[] {
  const count = Math.max(2, Math.round(scale.width / step) + 1);
  return Array.from({ length: count }, (_, i) => {
    const x = (scale.width * i) / (count - 1);
    return { x, day: scale.invert(i === count - 1 ? scale.width : x) };
  });
}

/** The time filter the brush's handles stand for; null when they span the whole axis. */
export function rangeOfSlots(slots: readonly BrushSlot[], startIndex: number, endIndex: number): DateRange | null {
  const [from, to] = [Math.min(startIndex, endIndex), Math.max(startIndex, endIndex)];
  if (from <= 0 && to >= slots.length - 1) return null;
  const start = slots[Math.max(0, from)]?.day;
  const end = slots[Math.min(slots.length - 1, to)]?.day;
  return start && end ? { start, end } : null;
}

/** Where the brush's handles stand for a time filter: the stops that just enclose its days. */
export function slotsOfRange(slots: readonly BrushSlot[], range: DateRange | null, scale: TimeScale): { startIndex: number; endIndex: number } {
  const last = slots.length - 1;
  if (range === null || last < 1) return { startIndex: 0, endIndex: Math.max(0, last) };
  const step = scale.width / last;
  const startIndex = Math.max(0, Math.min(last, Math.floor(scale.x(range.start) / step)));
  const endIndex = Math.max(startIndex, Math.min(last, Math.ceil(scale.x(nextDay(range.end)) / step)));
  return { startIndex, endIndex };
}
