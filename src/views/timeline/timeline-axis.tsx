import type { TimeScale } from '../../derive/time-scale';
import { AXIS_HEIGHT } from '../../derive/layout-timeline';

interface TimelineAxisProps {
  scale: TimeScale;
  /** Height of the plot below the axis, for the year grid lines. */
  height: number;
  /** Says which years a break skips, e.g. "1994–2021 skipped". */
  describeBreak: (from: number, to: number) => string;
}

/** Year labels for each run of years, and a zigzag where empty years are skipped. */
export function TimelineAxis({ scale, height, describeBreak }: TimelineAxisProps) {
  return (
    <g className="timeline__axis">
      {scale.segments.map((segment) => {
        const years = Array.from({ length: segment.endYear - segment.startYear + 1 }, (_, i) => segment.startYear + i);
        const yearWidth = (segment.x1 - segment.x0) / years.length;
        const every = Math.ceil(44 / Math.max(1, yearWidth));
        return (
          <g key={segment.startYear}>
            <rect className="timeline__segment" data-end-year={segment.endYear} x={segment.x0} y={AXIS_HEIGHT - 6} width={segment.x1 - segment.x0} height={height - AXIS_HEIGHT + 6} />
            {years.map((year, i) => {
              const x = segment.x0 + i * yearWidth;
              return (
                <g key={year}>
                  <line className="timeline__grid" data-year={year} x1={x} x2={x} y1={AXIS_HEIGHT - 6} y2={height} />
                  {i % every === 0 && (
                    <text className="timeline__year" x={x + Math.min(yearWidth, 44) / 2} y={AXIS_HEIGHT - 9} textAnchor="middle">
                      {year}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      {scale.breaks.map((gap) => {
        const mid = (gap.x0 + gap.x1) / 2;
        return (
          <g key={gap.fromYear} className="timeline__break">
            <title>{describeBreak(gap.fromYear, gap.toYear)}</title>
            <path d={`M${mid - 5},${AXIS_HEIGHT - 10} l4,-8 l2,16 l4,-8`} />
            <path d={`M${mid - 5},${height - 8} l4,-8 l2,16 l4,-8`} />
          </g>
        );
      })}
    </g>
  );
}
