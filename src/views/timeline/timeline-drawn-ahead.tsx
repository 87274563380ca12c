import type { ReactNode } from 'react';

interface TimelineDrawnAheadProps {
  width: number;
  height: number;
  /** The axis's backdrop and the events, as the chart draws them. */
  backdrop: ReactNode;
  laneLabels: ReactNode;
  marks: ReactNode;
  brush: { x: number; y: number; width: number; height: number; travellerWidth: number; slots: number; start: number; end: number; title: string; titleSize: number };
}

/**
 * The timeline as plain SVG, where recharts cannot draw it: in the page the build draws ahead of
 * time, and while the page takes it over. Everything sits where recharts puts it (the same marks
 * on the same pixels, the brush's handles on their stops), so nothing moves when recharts draws.
 */
export function TimelineDrawnAhead({ width, height, backdrop, laneLabels, marks, brush }: TimelineDrawnAheadProps) {
  // Recharts spreads the brush's stops over its width less one handle.
  const stop = (index: number) => brush.x + (brush.slots > 1 ? (index * (brush.width - brush.travellerWidth)) / (brush.slots - 1) : 0);
  const start = stop(brush.start);
  const end = stop(brush.end);
  return (
    <div className="recharts-wrapper timeline__drawn-ahead">
      {/* Scaled with the panel, not overflowing it, where the page is narrower than the drawing. */}
      <svg className="recharts-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {laneLabels}
        {backdrop}
        {marks}
        <text className="timeline__lane-label" x={4} y={brush.y + brush.height / 2 + 4} fontSize={brush.titleSize}>
          {brush.title}
        </text>
        <g className="recharts-brush timeline__brush">
          <rect x={brush.x} y={brush.y} width={brush.width} height={brush.height} />
          <rect className="recharts-brush-slide" x={start + brush.travellerWidth} y={brush.y} width={Math.max(0, end - start - brush.travellerWidth)} height={brush.height} />
          {[start, end].map((x, i) => (
            <g key={i} className="recharts-brush-traveller">
              <rect x={x} y={brush.y} width={brush.travellerWidth} height={brush.height} />
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
