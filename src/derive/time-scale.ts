import type { DateRange } from '../filters/filter-state';

export interface TimeSegment {
  /** First year shown, and last year shown (inclusive). */
  startYear: number;
  endYear: number;
  x0: number;
  x1: number;
}

export interface TimeScale {
  segments: TimeSegment[];
  /** Where the axis skips empty years: from x0 to x1. */
  breaks: { x0: number; x1: number; fromYear: number; toYear: number }[];
  width: number;
  /** Horizontal position of the start of a day. */
  x: (isoDate: string) => number;
  /** The day at a position; a position inside a break snaps to the nearer edge. */
  invert: (x: number) => string;
}

export interface TimeScaleOptions {
  /** Years with no date closer than this are skipped, not drawn. */
  maxGapYears?: number;
  /** Width drawn for each skipped stretch. */
  breakWidth?: number;
}

/**
 * A time axis broken where nothing happens, so that 1992, 2022–2023 and 2053 can all be read at
 * once: each run of years holding a date gets width in proportion to its length; each empty
 * stretch in between is drawn as a fixed-width break. A range that crosses a break is drawn
 * through it. Only the ends of a range count as dates: thirty empty years inside "the next 30
 * years" are skipped too.
 */
export function makeTimeScale(ranges: readonly DateRange[], width: number, options: TimeScaleOptions = {}): TimeScale {
  const maxGap = options.maxGapYears ?? 2;
  const breakWidth = options.breakWidth ?? 28;
  const years = [...new Set(ranges.flatMap((r) => [yearOf(r.start), yearOf(r.end)]))].sort((a, b) => a - b);
  if (years.length === 0) years.push(new Date().getUTCFullYear());

  const runs: { startYear: number; endYear: number }[] = [];
  for (const year of years) {
    const last = runs.at(-1);
    if (last && year - last.endYear <= maxGap) last.endYear = year;
    else runs.push({ startYear: year, endYear: year });
  }

  const totalYears = runs.reduce((sum, r) => sum + r.endYear - r.startYear + 1, 0);
  const usable = Math.max(1, width - breakWidth * (runs.length - 1));
  const segments: TimeSegment[] = [];
  let x = 0;
  for (const run of runs) {
    const w = (usable * (run.endYear - run.startYear + 1)) / totalYears;
    segments.push({ ...run, x0: x, x1: x + w });
    x += w + breakWidth;
  }
  const breaks = segments.slice(1).map((s, i) => {
    const before = segments[i] ?? s;
    return { x0: before.x1, x1: s.x0, fromYear: before.endYear + 1, toYear: s.startYear - 1 };
  });
  const last = segments.at(-1) ?? { startYear: 0, endYear: 0, x0: 0, x1: width };

  // Day numbers of every segment's and break's ends, worked out once rather than on every call.
  const spans = segments.map((s, i) => {
    const gap = breaks[i - 1];
    return { s, gap, t0: yearStart(s.startYear), t1: yearStart(s.endYear + 1), g0: gap ? yearStart(gap.fromYear) : 0 };
  });
  const place = (t: number) => {
    for (const { s, gap, t0, t1, g0 } of spans) {
      if (t < t0) {
        // Before this segment: inside the break that leads to it, or before the axis.
        if (!gap) return s.x0;
        return gap.x0 + ((t - g0) / (t0 - g0)) * (gap.x1 - gap.x0);
      }
      if (t < t1) return s.x0 + ((t - t0) / (t1 - t0)) * (s.x1 - s.x0);
    }
    return last.x1;
  };
  // Marks share days: each day is placed once, then looked up.
  const placed = new Map<string, number>();
  const toX = (isoDate: string) => {
    let x = placed.get(isoDate);
    if (x === undefined) {
      x = place(dayNumber(isoDate));
      placed.set(isoDate, x);
    }
    return x;
  };

  const invert = (px: number) => {
    for (const [i, s] of segments.entries()) {
      if (px < s.x0) return firstDayOf(s.startYear);
      if (px <= s.x1) {
        const t0 = yearStart(s.startYear);
        const t1 = yearStart(s.endYear + 1);
        const t = Math.min(t1 - 1, Math.round(t0 + ((px - s.x0) / (s.x1 - s.x0)) * (t1 - t0)));
        return isoOf(t);
      }
      const next = segments[i + 1];
      if (next && px < next.x0 && px - s.x1 < next.x0 - px) return lastDayOf(s.endYear);
    }
    return lastDayOf(last.endYear);
  };

  return { segments, breaks, width, x: toX, invert };
}

const DAY = 86_400_000;
const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));
/** Days since 1970-01-01 of a "YYYY-MM-DD" date, by arithmetic: the axis places thousands of dates per drawing. */
function dayNumber(isoDate: string): number {
  return daysFromCivil(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10)));
}
/** The day number of a year's 1 January: years are numbers here, so year 1 and year 10000 work too. */
const yearStart = (year: number) => daysFromCivil(year, 1, 1);
/** ISO dates of a year's first and last days, its number written with four digits ("0001"). */
export const firstDayOf = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
export const lastDayOf = (year: number) => `${String(year).padStart(4, '0')}-12-31`;

function daysFromCivil(calendarYear: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil, on a calendar whose years start in March.
  const year = calendarYear - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
