import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DatasetEvent } from '../../data/schema';
import type { Timeline } from '../../derive/to-timeline';
import { makeTimeScale } from '../../derive/time-scale';
import { rangeOfSlots, slotsOfRange, toBrushSlots } from '../../derive/brush-slots';
import { ROOM_TEXT_SCALE, TEXT_SIZE, fitTimeline, layoutTimeline } from '../../derive/layout-timeline';
import { measureText } from '../../derive/measure-text';
import type { DateRange, TimelineLanes } from '../../filters/filter-state';
import { formatDateRange, formatDay, formatWhen } from '../../i18n/format-date-range';
import type { Noun } from '../../i18n/noun';
import type { Language } from '../../i18n/language';
import { MESSAGES } from '../../i18n/messages';
import { useDrawnAhead } from '../../ui/use-drawn-ahead';
import { useElementSize } from '../../ui/use-element-size';
import { MarkStateContext } from './mark-state';
import { TimelineControls } from './timeline-controls';
import { TimelineTable } from './timeline-table';
import { BRUSH_ROOM, RIGHT_PAD, TimelineChart } from './timeline-chart';

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
  /** Words sized for a room (presentation): in proportion to the page's type, not the usual 11 px. */
  large?: boolean;
  /** Called once it has drawn, after its code has arrived. */
  onDrawn?: () => void;
}

type Indexes = { startIndex: number; endIndex: number };

/** Statements and dated events on a broken time axis, drawn with recharts; its brush filters by dates. */
export default function PledgeTimeline(props: PledgeTimelineProps) {
  const { timeline, language, timeRange, laneLabel, noun, onBrush, onFocusRecord, onDrawn, large = false } = props;
  const t = MESSAGES[language];
  const [container, { width }] = useElementSize<HTMLDivElement>({ width: 485, height: 300 }, 'width');
  // The page's type grows with the screen when presented: the chart's words follow it. It is
  // read again whenever the chart's width changes, as the window's does.
  const [pageType, setPageType] = useState(0);
  useLayoutEffect(() => {
    if (container.current) setPageType(Number.parseFloat(getComputedStyle(container.current).fontSize));
  }, [container, large, width]);
  const textSize = large && pageType > 0 ? Math.round(pageType * ROOM_TEXT_SCALE) : TEXT_SIZE;
  // The lanes' names take the room they need, up to a quarter of the chart.
  const labelWidth = useMemo(() => {
    const names = [t.eventsLane, t.brushTitle, ...timeline.lanes.map((lane) => laneLabel(lane.id))];
    return Math.ceil(Math.min(width / 4, Math.max(...names.map((name) => measureText(name, textSize))) + 10));
  }, [t, timeline.lanes, laneLabel, textSize, width]);
  const plotWidth = Math.max(200, width - labelWidth - RIGHT_PAD);
  const scale = useMemo(() => makeTimeScale(timeline.axisRanges, plotWidth), [timeline.axisRanges, plotWidth]);
  // The plot is at least as tall as the usual layout; where the page gives it more room (a wide
  // screen, beside the tall heatmap), a day's marks stand in taller stacks instead of one count.
  const eventLabel = useCallback((event: DatasetEvent) => (event.label ?? event.title)[language], [language]);
  const natural = useMemo(() => layoutTimeline(timeline, scale, eventLabel, { textSize }), [timeline, scale, eventLabel, textSize]);
  const [plot, { height: room }, roomMeasured] = useElementSize<HTMLDivElement>({ width: 0, height: 0 });
  const layout = useMemo(
    () => fitTimeline(natural, timeline, scale, eventLabel, room - BRUSH_ROOM),
    [natural, room, timeline, scale, eventLabel],
  );
  const slots = useMemo(() => toBrushSlots(scale), [scale]);
  // Drawn once laid out in the room the page gives it, not before: its marks then stay put.
  // Drawn by recharts, that is: not the stand-in of the page drawn ahead of time.
  const drawnAhead = useDrawnAhead();
  useEffect(() => {
    if (roomMeasured && !drawnAhead) onDrawn?.();
  }, [onDrawn, roomMeasured, drawnAhead]);

  // While a handle moves, the brush shows where it is; the filter changes when it is let go.
  const [moving, setMoving] = useState<Indexes | null>(null);
  // The handles' last position, read when they are let go: the brush reports it after this render.
  const latest = useRef<Indexes | null>(null);
  const brush = moving ?? slotsOfRange(slots, timeRange, scale);
  const moveBrush = useCallback((indexes: Indexes) => {
    latest.current = { startIndex: indexes.startIndex, endIndex: indexes.endIndex };
    setMoving(latest.current);
  }, []);
  const commitBrush = useCallback(() => {
    const last = latest.current;
    if (!last) return;
    latest.current = null;
    setMoving(null);
    onBrush(rangeOfSlots(slots, last.startIndex, last.endIndex));
  }, [slots, onBrush]);

  // Marks open their statement; counted marks filter to their day or period. One roving tab stop
  // runs through the marks, then the counted marks.
  const [active, setActive] = useState(0);
  const itemCount = layout.marks.length + layout.bins.length;
  const activeIndex = Math.min(active, Math.max(0, itemCount - 1));
  const pick = useCallback(
    (i: number) => {
      setActive(i);
      const mark = layout.marks[i];
      const bin = layout.bins[i - layout.marks.length];
      if (mark) onFocusRecord(mark.mark.commitment.id);
      else if (bin) onBrush({ start: bin.start, end: bin.end });
    },
    [layout, onFocusRecord, onBrush],
  );
  const markState = useMemo(() => ({ activeIndex, focusedId: props.focusedId, onPick: pick }), [activeIndex, props.focusedId, pick]);
  const markLabels = useMemo(
    () => [
      ...layout.marks.map(({ mark: { commitment: c } }) => `${c.title[language]} — ${t.statementTypes[c.statementType]}, ${t.strengths[c.strength]} — ${formatWhen(c.stated, language)}`),
      ...layout.bins.map((bin) => `${laneLabel(bin.laneId)}: ${t.count(bin.count, noun)}, ${formatDateRange({ start: bin.start, end: bin.end }, language)}`),
    ],
    [layout, language, laneLabel, noun, t],
  );
  const eventTitles = useMemo(
    () => layout.events.map(({ event, open }) => `${event.title[language]} — ${formatWhen(event.when, language)} (${t.precisions[event.when.precision]}${open ? `, ${t.openEnded[open]}` : ''})`),
    [layout, language, t],
  );
  const showDay = useCallback((day: string) => formatDay(day, language), [language]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target as Element).matches('[data-mark]')) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if ((event.key === 'Enter' || event.key === ' ') && itemCount > 0) {
      event.preventDefault();
      pick(activeIndex);
    } else if (step !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(itemCount - 1, activeIndex + step));
      setActive(next);
      plot.current?.querySelector<SVGElement>(`[data-mark="${next}"]`)?.focus();
    }
  };

  return (
    <div className="timeline" ref={container}>
      <TimelineControls lanes={props.lanes} timeRange={timeRange} segments={scale.segments} language={language} onChooseLanes={props.onChooseLanes} onBrush={onBrush} />
      <div
        className="timeline__plot"
        ref={plot}
        style={{ minHeight: natural.height + BRUSH_ROOM }}
        role="group"
        aria-label={`${t.timelineTitle}${timeRange ? ` (${formatDateRange(timeRange, language)})` : ''}`}
        onKeyDown={onKeyDown}
        // A handle moved with the arrow keys sets the filter when the key is let go.
        onKeyUp={(e) => (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && commitBrush()}
        onPointerUp={commitBrush}
      >
        <MarkStateContext value={markState}>
          <TimelineChart
            layout={layout}
            labelWidth={labelWidth}
            scale={scale}
            width={width}
            markLabels={markLabels}
            laneLabel={laneLabel}
            eventsLane={t.eventsLane}
            eventTitles={eventTitles}
            describeBreak={t.axisBreak}
            slots={slots}
            brushStart={brush.startIndex}
            brushEnd={brush.endIndex}
            brushTitle={t.brushTitle}
            brushLabel={t.brushLabel(showDay(slots[brush.startIndex]?.day ?? ''), showDay(slots[brush.endIndex]?.day ?? ''))}
            formatDay={showDay}
            onBrushChange={moveBrush}
            onBrushEnd={commitBrush}
          />
        </MarkStateContext>
      </div>
      {layout.bins.some((bin) => !bin.width) && <p className="view__hint">{t.binnedHint}</p>}
      {timeline.undated.commitments.length > 0 && <p className="view__note">{t.notDrawn(timeline.undated.commitments.length)}</p>}
      {timeline.undated.events.length > 0 && <p className="view__note">{t.undatedEvents(timeline.undated.events.map((e) => (e.label ?? e.title)[language]).join(' · '))}</p>}
      <TimelineTable timeline={timeline} laneLabel={laneLabel} language={language} />
    </div>
  );
}
