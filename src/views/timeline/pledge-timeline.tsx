import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Timeline } from '../../derive/to-timeline';
import { makeTimeScale } from '../../derive/time-scale';
import type { DateRange, TimelineLanes } from '../../filters/filter-state';
import { formatDateRange, formatWhen } from '../../i18n/format-date-range';
import type { Noun } from '../../i18n/noun';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { useElementSize } from '../../ui/use-element-size';
import { TimelineAxis } from './timeline-axis';
import { TimelineControls } from './timeline-controls';
import { AXIS_HEIGHT, BIN_WIDTH, MARK, layoutTimeline } from '../../derive/layout-timeline';
import { TimelineTable } from './timeline-table';

const LABEL_WIDTH = 84;
const RIGHT_PAD = 12;

interface PledgeTimelineProps {
  /** Lanes, marks and events to draw. */
  timeline: Timeline;
  /** Lane titles: kind names or country names, in the current language. */
  laneLabel: (laneId: string) => string;
  lanes: TimelineLanes;
  /** What the marks are: undertakings, or statements of several types. */
  noun: Noun;
  timeRange: DateRange | null;
  focusedId: string | null;
  language: Language;
  onFocusRecord: (id: string) => void;
  onBrush: (range: DateRange | null) => void;
  onChooseLanes: (lanes: TimelineLanes) => void;
}

/** Commitments and dated events on a broken time axis; drag to filter by dates. */
export function PledgeTimeline(props: PledgeTimelineProps) {
  const { timeline, language, timeRange } = props;
  const t = MESSAGES[language];
  const [container, { width }] = useElementSize<HTMLDivElement>({ width: 640, height: 300 });
  const plotWidth = Math.max(200, width - LABEL_WIDTH - RIGHT_PAD);
  const scale = useMemo(() => makeTimeScale(timeline.axisRanges, plotWidth), [timeline.axisRanges, plotWidth]);
  const layout = useMemo(() => layoutTimeline(timeline, scale), [timeline, scale]);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [active, setActive] = useState(0);
  const svg = useRef<SVGSVGElement>(null);

  const plotX = (event: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    return Math.max(0, Math.min(plotWidth, event.clientX - (box?.left ?? 0) - LABEL_WIDTH));
  };
  // The release point ends the drag, even when a slow page has not drawn the last moves yet.
  const endDrag = (x: number) => {
    if (!drag) return;
    const [a, b] = [Math.min(drag.from, x), Math.max(drag.from, x)];
    setDrag(null);
    if (b - a < 4) props.onBrush(null);
    else props.onBrush({ start: scale.invert(a), end: scale.invert(b) });
  };

  // Marks open their statement; counted marks filter to their day or period. One roving tab stop
  // runs through the marks, then the counted marks.
  const itemCount = layout.marks.length + layout.bins.length;
  const activeIndex = Math.min(active, Math.max(0, itemCount - 1));
  const pick = (i: number) => {
    const mark = layout.marks[i];
    const bin = layout.bins[i - layout.marks.length];
    if (mark) props.onFocusRecord(mark.mark.commitment.id);
    else if (bin) props.onBrush({ start: bin.start, end: bin.end });
  };
  const onMarksKey = (event: KeyboardEvent<SVGGElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if ((event.key === 'Enter' || event.key === ' ') && itemCount > 0) {
      event.preventDefault();
      pick(activeIndex);
    } else if (step !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(itemCount - 1, activeIndex + step));
      setActive(next);
      svg.current?.querySelector<SVGElement>(`[data-mark="${next}"]`)?.focus();
    }
  };

  const brushed = drag
    ? { x0: Math.min(drag.from, drag.to), x1: Math.max(drag.from, drag.to) }
    : timeRange && { x0: scale.x(timeRange.start), x1: scale.x(timeRange.end) + 2 };

  return (
    <div className="timeline" ref={container}>
      <TimelineControls
        lanes={props.lanes}
        timeRange={timeRange}
        segments={scale.segments}
        language={language}
        onChooseLanes={props.onChooseLanes}
        onBrush={props.onBrush}
      />
      <div className="timeline__plot">
        <svg
          ref={svg}
          width={width}
          height={layout.height}
          role="group"
          aria-label={`${t.timelineTitle}${timeRange ? ` (${formatDateRange(timeRange, language)})` : ''}`}
        >
          <g
            transform={`translate(${LABEL_WIDTH},0)`}
            onPointerDown={(e) => {
              // A drag can start anywhere on the plot, over the event bands too, but not on a mark.
              if ((e.target as Element).closest('[role="button"]')) return;
              e.currentTarget.setPointerCapture(e.pointerId);
              const x = plotX(e);
              setDrag({ from: x, to: x });
            }}
            onPointerMove={(e) => drag && setDrag({ ...drag, to: plotX(e) })}
            onPointerUp={(e) => endDrag(plotX(e))}
          >
            <rect className="timeline__brush-area" x={0} y={AXIS_HEIGHT} width={plotWidth} height={layout.height - AXIS_HEIGHT} />
            <TimelineAxis scale={scale} height={layout.height} describeBreak={t.axisBreak} />
            {brushed && <rect className="timeline__brush" x={brushed.x0} y={AXIS_HEIGHT - 6} width={brushed.x1 - brushed.x0} height={layout.height - AXIS_HEIGHT + 6} />}
            {layout.events.map(({ event, inRange, x0, x1, y }) => (
              <g key={event.id} className={`timeline__event precision-${event.when.precision}${inRange ? '' : ' is-out'}`}>
                <title>{`${event.title[language]} — ${formatWhen(event.when, language)} (${t.precisions[event.when.precision]})`}</title>
                {event.when.precision === 'day' ? (
                  <path d={`M${x0},${y} l5,5 l-5,5 l-5,-5 z`} />
                ) : (
                  <rect x={x0} y={y + 1} width={Math.max(3, x1 - x0)} height={8} rx={2} />
                )}
              </g>
            ))}
            <g role="group" aria-label={t.listTitle} onKeyDown={onMarksKey}>
              {layout.marks.map(({ mark, x, y }, i) => {
                const focused = mark.commitment.id === props.focusedId;
                return (
                  <rect
                    key={`${mark.commitment.id}-${y}`}
                    role="button"
                    data-mark={i}
                    tabIndex={i === activeIndex ? 0 : -1}
                    aria-label={`${mark.commitment.title[language]} — ${formatWhen(mark.commitment.stated, language)}`}
                    aria-current={focused ? 'true' : undefined}
                    className={`timeline__mark${focused ? ' is-focused' : ''}${mark.inRange ? '' : ' is-out'}`}
                    x={x}
                    y={y}
                    width={MARK}
                    height={MARK}
                    rx={2}
                    onClick={() => {
                      setActive(i);
                      pick(i);
                    }}
                  >
                    <title>{mark.commitment.title[language]}</title>
                  </rect>
                );
              })}
              {layout.bins.map((bin, b) => {
                const i = layout.marks.length + b;
                const label = `${props.laneLabel(bin.laneId)}: ${t.count(bin.count, props.noun)}, ${formatDateRange({ start: bin.start, end: bin.end }, language)}`;
                const width = bin.width ?? BIN_WIDTH - 1;
                return (
                  <g key={`${bin.laneId}-${bin.x}`}>
                    <rect
                      role="button"
                      data-mark={i}
                      tabIndex={i === activeIndex ? 0 : -1}
                      aria-label={label}
                      className={`timeline__bin${bin.width ? ' timeline__bin--day' : ''}${bin.inRange ? '' : ' is-out'}`}
                      x={bin.x}
                      y={bin.y}
                      width={width}
                      height={bin.height}
                      rx={bin.width ? 3 : 0}
                      onClick={() => {
                        setActive(i);
                        pick(i);
                      }}
                    >
                      <title>{label}</title>
                    </rect>
                    {bin.width && (
                      <text className="timeline__bin-count" x={bin.x + width / 2} y={bin.y + bin.height / 2 + 4} textAnchor="middle" aria-hidden="true">
                        {bin.count}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          </g>
          <g className="timeline__labels">
            <text x={4} y={AXIS_HEIGHT + layout.eventsHeight / 2 + 4}>{t.eventsLane}</text>
            {layout.lanes.map((lane) => (
              <g key={lane.id}>
                <line className="timeline__lane-rule" x1={0} x2={width} y1={lane.y} y2={lane.y} />
                <text x={4} y={lane.y + Math.min(lane.height / 2, 14) + 4}>{props.laneLabel(lane.id)}</text>
              </g>
            ))}
          </g>
        </svg>
      </div>
      {layout.bins.some((bin) => !bin.width) && <p className="view__hint">{t.binnedHint}</p>}
      {timeline.undated.commitments.length > 0 && <p className="view__note">{t.notDrawn(timeline.undated.commitments.length)}</p>}
      <TimelineTable timeline={timeline} laneLabel={props.laneLabel} language={language} />
    </div>
  );
}
