import { Fragment, memo, useCallback, useContext, useMemo } from 'react';
import { Brush, ComposedChart, Scatter, XAxis, YAxis } from 'recharts';
import { BIN_WIDTH, MARK, type TimelineLayout } from '../../derive/layout-timeline';
import type { BrushSlot } from '../../derive/brush-slots';
import { fitText } from '../../derive/measure-text';
import type { TimeScale } from '../../derive/time-scale';
import { MarkStateContext } from './mark-state';
import { BreakShape, EventShape, SegmentShape, YearLine } from './timeline-shapes';
import { useDrawnAhead } from '../../ui/use-drawn-ahead';
import { TimelineDrawnAhead } from './timeline-drawn-ahead';

export const RIGHT_PAD = 12;
const MARGIN = { top: 0, right: RIGHT_PAD, bottom: 0, left: 0 };
const NO_TICKS: number[] = [];
export const BRUSH_HEIGHT = 26;
const BRUSH_GAP = 6;
/** The brush's handles' width. */
const TRAVELLER_WIDTH = 8;
/** Height the brush takes under the plot, with its gap. */
export const BRUSH_ROOM = BRUSH_GAP + BRUSH_HEIGHT;

/** A mark or counted mark as recharts places it: its centre in plot units, and what it says. */
interface MarkPoint {
  x: number;
  y: number;
  index: number;
  label: string;
  className: string;
  /** The statement a single mark stands for. */
  recordId?: string;
  /** A counted mark: its size and the number written on it. */
  box?: { width: number; height: number; count?: number };
}

interface TimelineChartProps {
  layout: TimelineLayout;
  /** Room on the left for the lanes' names. */
  labelWidth: number;
  scale: TimeScale;
  width: number;
  /** Names of the marks, then of the counted marks, in the interface language. */
  markLabels: readonly string[];
  laneLabel: (laneId: string) => string;
  eventsLane: string;
  /** What each placed event is, when and how precisely: its tooltip. */
  eventTitles: readonly string[];
  describeBreak: (from: number, to: number) => string;
  slots: readonly BrushSlot[];
  /** The stops the brush's handles stand on. */
  brushStart: number;
  brushEnd: number;
  brushLabel: string;
  /** What the brush is, written beside it. */
  brushTitle: string;
  formatDay: (day: string) => string;
  onBrushChange: (indexes: { startIndex: number; endIndex: number }) => void;
  onBrushEnd: () => void;
}

/**
 * The timeline drawn with recharts on the broken axis's own positions: the x axis runs over the
 * plot's pixels (0 to the scale's width), so every mark recharts places sits where the time scale
 * put its date. Lanes are the y axis's ticks; the brush under the plot sets the time filter.
 */
export const TimelineChart = memo(function TimelineChart(props: TimelineChartProps) {
  const { layout, scale, width } = props;
  const drawnAhead = useDrawnAhead();
  const axis = layout.text.axis;
  const plotHeight = layout.height - axis;
  // Where the plot starts on the left: after the lanes' names.
  const left = props.labelWidth;
  const { markLabels } = props;
  const points = useMemo((): MarkPoint[] => [
    ...layout.marks.map(({ mark, x, y }, i) => ({
      x: x + MARK / 2, y: y - axis + MARK / 2, index: i, label: markLabels[i] ?? '', recordId: mark.commitment.id,
      className: `timeline__mark${mark.inRange ? '' : ' is-out'}`,
    })),
    ...layout.bins.map((bin, b) => {
      const index = layout.marks.length + b;
      const w = bin.width ?? BIN_WIDTH - 1;
      return {
        x: bin.x + w / 2, y: bin.y - axis + bin.height / 2, index, label: markLabels[index] ?? '',
        className: `timeline__bin${bin.width ? ' timeline__bin--day' : ''}${bin.inRange ? '' : ' is-out'}`,
        box: { width: w, height: bin.height, ...(bin.width ? { count: bin.count } : {}) },
      };
    }),
  ], [layout, axis, markLabels]);

  // What recharts' axes are given is kept from one render to the next while it is the same: a new
  // array or function would make recharts register the axis again, and draw the chart once more.
  const { eventsLane, laneLabel, labelWidth } = props;
  const { ticks, tickValues, yDomain } = useMemo(() => {
    const list = [{ id: '', y: layout.eventsHeight / 2 }, ...layout.lanes.map((lane) => ({ id: lane.id, y: lane.y - axis + Math.min(lane.height / 2, layout.text.size + 3) }))];
    // The plot runs down to the brush's gap (recharts gives the brush only its own height): one
    // unit of the y axis is then one pixel, and a mark sits on the pixel its lane put it.
    return { ticks: list, tickValues: list.map((tick) => tick.y), yDomain: [0, layout.height - axis + BRUSH_GAP] };
  }, [layout, axis]);
  const xDomain = useMemo(() => [0, scale.width], [scale.width]);
  const renderTick = useCallback(
    ({ y, payload }: { y: string | number; payload: { value: unknown } }) => {
      const tick = ticks.find((t) => t.y === Number(payload.value));
      const name = tick === undefined ? '' : tick.id === '' ? eventsLane : laneLabel(tick.id);
      const shown = fitText(name, layout.text.size, labelWidth - 8);
      // A shortened lane name is given whole on hover.
      return (
        <text className="timeline__lane-label" x={4} y={Number(y) + 4} fontSize={layout.text.size}>
          {shown !== name && <title>{name}</title>}
          {shown}
        </text>
      );
    },
    [ticks, eventsLane, laneLabel, labelWidth, layout.text.size],
  );
  const yearStarts = scale.segments.flatMap((s) => {
    const years = s.endYear - s.startYear + 1;
    return Array.from({ length: years }, (_, i) => ({ year: s.startYear + i, x: s.x0 + (i * (s.x1 - s.x0)) / years, width: (s.x1 - s.x0) / years }));
  });

  // The axis's backdrop and the events are drawn as plain SVG at the pixels the axes give
  // their values (x: the lane names' width plus the plot's x; y: the year axis's height plus
  // the plot's y): recharts draws what it must place (marks, axes, brush), and a click does
  // not re-register two dozen reference elements in its store.
  const backdrop = (
    <g className="timeline__backdrop">
      {scale.segments.map((s) => (
        <SegmentShape key={s.startYear} x={left + s.x0} y={axis} width={s.x1 - s.x0} height={plotHeight} endYear={s.endYear} />
      ))}
      {yearStarts.map((y) => (
        <YearLine key={y.year} x1={left + y.x} y1={axis} y2={axis + plotHeight} year={y.year} yearWidth={y.width} top={axis} size={layout.text.size} />
      ))}
      {scale.breaks.map((gap) => (
        <BreakShape key={gap.fromYear} x={left + gap.x0} y={axis} width={gap.x1 - gap.x0} height={plotHeight} title={props.describeBreak(gap.fromYear, gap.toYear)} />
      ))}
      {layout.lanes.map((lane) => (
        <line key={lane.id} className="timeline__lane-rule" x1={left} x2={left + scale.width} y1={lane.y} y2={lane.y} />
      ))}
      {/* Over the year rules and lane lines, so that no rule runs through an event's name. */}
      {layout.events.map((placed, i) => (
        <EventShape key={placed.event.id} x={left + placed.x0} y={placed.y} placed={placed} title={props.eventTitles[i] ?? ''} text={layout.text} />
      ))}
    </g>
  );
  const height = layout.height + BRUSH_GAP + BRUSH_HEIGHT;
  if (drawnAhead) {
    // Before the page's script has run, recharts (which draws in the browser only) has a stand-in
    // in the same places: the marks at their pixels, the lanes' names, the brush at full span.
    return (
      <TimelineDrawnAhead
        width={width}
        height={height}
        backdrop={backdrop}
        laneLabels={ticks.map((tick) => <Fragment key={tick.id}>{renderTick({ y: axis + tick.y, payload: { value: tick.y } })}</Fragment>)}
        marks={points.map((point) => <MarkShape key={point.index} cx={left + point.x} cy={axis + point.y} payload={point} />)}
        brush={{ x: left, y: layout.height + BRUSH_GAP, width: scale.width, height: BRUSH_HEIGHT, travellerWidth: TRAVELLER_WIDTH, slots: props.slots.length, start: props.brushStart, end: props.brushEnd, title: props.brushTitle, titleSize: layout.text.size }}
      />
    );
  }

  return (
    <ComposedChart
      width={width}
      height={height}
      data={props.slots}
      margin={MARGIN}
      // Each mark is its own named button, reached with Tab and arrow keys: the chart itself is a
      // group to pass through, not one more stop.
      role="group"
      tabIndex={-1}
    >
      <XAxis type="number" dataKey="x" xAxisId="t" orientation="top" height={axis} domain={xDomain} allowDataOverflow axisLine={false} tickLine={false} ticks={NO_TICKS} />
      <YAxis
        type="number"
        yAxisId="t"
        width={props.labelWidth}
        domain={yDomain}
        reversed
        allowDataOverflow
        axisLine={false}
        tickLine={false}
        ticks={tickValues}
        interval={0}
        tick={renderTick}
      />
      {backdrop}
      <Scatter xAxisId="t" yAxisId="t" data={points} dataKey="y" isAnimationActive={false} shape={MarkShape} />
      <text className="timeline__lane-label" x={4} y={layout.height + BRUSH_GAP + BRUSH_HEIGHT / 2 + 4} fontSize={layout.text.size}>{props.brushTitle}</text>
      <Brush
        // Recharts resets a controlled brush to its full span when its stops change (a new width,
        // a new axis): a new brush for new stops starts from the range it is given.
        key={`${props.slots.length}:${props.slots[0]?.x ?? 0}:${props.slots.at(-1)?.x ?? 0}`}
        dataKey="day"
        x={props.labelWidth}
        width={scale.width}
        y={layout.height + BRUSH_GAP}
        height={BRUSH_HEIGHT}
        travellerWidth={TRAVELLER_WIDTH}
        startIndex={props.brushStart}
        endIndex={props.brushEnd}
        className="timeline__brush"
        ariaLabel={props.brushLabel}
        tickFormatter={props.formatDay}
        onChange={props.onBrushChange}
        onDragEnd={props.onBrushEnd}
      />
    </ComposedChart>
  );
});

/**
 * One statement, or a counted mark: a button named for what it is and when. One component for
 * every render, whatever the point says, so that a mark keeps its element, and its focus, when
 * the marks are drawn again.
 */
function MarkShape({ cx = 0, cy = 0, payload }: { cx?: number; cy?: number; payload?: MarkPoint }) {
  const { activeIndex, focusedId, onPick } = useContext(MarkStateContext);
  if (!payload) return <g />;
  const focused = payload.recordId !== undefined && payload.recordId === focusedId;
  const box = payload.box ?? { width: MARK, height: MARK };
  const counted = payload.box?.count !== undefined;
  return (
    <g>
      <rect
        role="button"
        data-mark={payload.index}
        tabIndex={payload.index === activeIndex ? 0 : -1}
        aria-label={payload.label}
        aria-current={focused ? 'true' : undefined}
        className={`${payload.className}${focused ? ' is-focused' : ''}`}
        x={cx - box.width / 2}
        y={cy - box.height / 2}
        width={box.width}
        height={box.height}
        rx={counted ? 3 : payload.box ? 0 : 2}
        onClick={() => onPick(payload.index)}
      >
        <title>{payload.label}</title>
      </rect>
      {counted && (
        <text className="timeline__bin-count" x={cx} y={cy + 4} textAnchor="middle" aria-hidden="true">
          {payload.box?.count}
        </text>
      )}
    </g>
  );
}

