import { measureText } from './measure-text';
import type { Obstacle, PlacedMapLabel } from './place-map-labels';
import type { CountryPartners } from './to-partner-links';

type Point = readonly [number, number];

export interface PlacedPartnerLine {
  /** The selected country the line starts from, and the partner it goes to. */
  from: string;
  to: string;
  count: number;
  /** A quadratic curve (SVG path data) from label to label, stopping short of both. */
  d: string;
  start: Point;
  end: Point;
  strokeWidth: number;
  /** The number written on the line: its box's centre and size, and the font size inside it. */
  number: Obstacle & { text: string; size: number };
}

/** Font size of the number on a partner line, before scaling. */
export const LINK_NUMBER_SIZE = 11;
/** Gap left between a line's end and the label it points at. */
const GAP = 2;
/** How far the curve bows sideways, as a share of its length: gentle first, straight last. */
const BENDS = [0.14, -0.14, 0.28, -0.28, 0.42, -0.42, 0];
/**
 * Where along the line its number may go: near the partner's end first. Every line of one selected
 * country starts at its label; numbers at the middles would crowd around it, while the partners'
 * labels are spread apart, and a number beside a partner's name is plainly about that partner.
 */
const NUMBER_AT = [0.8, 0.7, 0.88, 0.6, 0.5, 0.4, 0.3, 0.2];
const SAMPLES = 48;

/**
 * The lines from each selected country's label to its partners' labels, with the number of
 * statements they share written on each. A pair is drawn once even when both are selected. Each
 * line bows the way that crosses the fewest other labels and lets its number sit clear of every
 * label, place name and earlier number; the number slides along the line until it is clear. Pure,
 * so the screen and the exported image draw the same geometry and tests can measure it.
 */
export function placePartnerLines(
  links: readonly CountryPartners[],
  labels: readonly PlacedMapLabel[],
  frame: { width: number; height: number },
  scale = 1,
  obstacles: readonly Obstacle[] = [],
): PlacedPartnerLine[] {
  const byId = new Map(labels.map((l) => [l.id, l]));
  const max = Math.max(1, ...links.flatMap((l) => l.partners.map((p) => p.count)));
  const drawn = new Set<string>();
  const taken: Obstacle[] = [...labels, ...obstacles];
  const placed: PlacedPartnerLine[] = [];
  for (const { countryId, partners } of links) {
    for (const partner of partners) {
      const key = [countryId, partner.countryId].sort().join('|');
      const a = byId.get(countryId);
      const b = byId.get(partner.countryId);
      if (drawn.has(key) || !a || !b) continue;
      drawn.add(key);
      const text = String(partner.count);
      // Never below 10 px: a number too small to read would defeat the line.
      const size = Math.max(10, LINK_NUMBER_SIZE * scale);
      const box = { width: measureText(text, size, 700) + 7, height: size + 4 };
      const best = BENDS.map((bend) => tryBend(a, b, bend, box, taken, frame)).reduce((x, y) => (y.score < x.score ? y : x));
      taken.push(best.number);
      placed.push({
        from: countryId,
        to: partner.countryId,
        count: partner.count,
        d: best.d,
        start: best.start,
        end: best.end,
        strokeWidth: (1 + (2 * partner.count) / max) * scale,
        number: { ...best.number, text, size },
      });
    }
  }
  return placed;
}

function tryBend(a: PlacedMapLabel, b: PlacedMapLabel, bend: number, box: { width: number; height: number }, taken: readonly Obstacle[], frame: { width: number; height: number }) {
  // The line may touch its own two labels (it is cut short at them); its number may touch no label.
  const others = taken.filter((o) => o !== a && o !== b);
  // From label to label: in a small frame the countries' own points crowd together, while their
  // labels have been spread apart; a label moved off its country has its leader line back to it.
  const p0: Point = [a.x, a.y];
  const p2: Point = [b.x, b.y];
  const [dx, dy] = [p2[0] - p0[0], p2[1] - p0[1]];
  const p1: Point = [(p0[0] + p2[0]) / 2 - dy * bend, (p0[1] + p2[1]) / 2 + dx * bend];
  const at = (t: number) => quadratic(p0, p1, p2, t);
  // The line leaves its own label's box and stops at its partner's, so it never crosses either.
  let t0 = 0;
  while (t0 < 0.45 && inside(at(t0), a, GAP)) t0 += 1 / SAMPLES / 4;
  let t1 = 1;
  while (t1 > 0.55 && inside(at(t1), b, GAP)) t1 -= 1 / SAMPLES / 4;
  const crossings = Array.from({ length: SAMPLES + 1 }, (_, i) => at(t0 + ((t1 - t0) * i) / SAMPLES)).filter((p) => others.some((o) => inside(p, o, 0))).length;
  // On the line first; then nudged beside it, where it still reads as the line's (a short line between
  // two crowded labels in a small frame may have no free spot on it).
  const candidates = [0, 1, -1, 1.6, -1.6, 2.3, -2.3].flatMap((side) =>
    NUMBER_AT.map((share) => {
      const t = t0 + (t1 - t0) * share;
      const [x, y] = at(t);
      const [nx, ny] = normal(p0, p1, p2, t);
      return { x: x + nx * side * box.height * 0.75, y: y + ny * side * box.height * 0.75, ...box };
    }),
  ).filter((c) => c.x - c.width / 2 >= 0 && c.x + c.width / 2 <= frame.width && c.y - c.height / 2 >= 0 && c.y + c.height / 2 <= frame.height);
  const clutter = (c: Obstacle) => taken.reduce((sum, o) => sum + overlapArea(c, o), 0);
  const clear = candidates.find((c) => clutter(c) === 0);
  // With no clear spot (a tiny frame), the spot that covers the least.
  const fallback = candidates.reduce<Obstacle | undefined>((best, c) => (!best || clutter(c) < clutter(best) ? c : best), undefined) ?? { ...box, ...point(at((t0 + t1) / 2)) };
  const [c0, c1, c2] = subCurve(p0, p1, p2, t0, t1);
  return {
    // A number that cannot sit clear outweighs any crossing; a straight line is the last resort.
    score: (clear ? 0 : 1000 + clutter(fallback)) + crossings + (bend === 0 ? 0.5 : 0) + Math.abs(bend),
    d: `M${f(c0[0])},${f(c0[1])}Q${f(c1[0])},${f(c1[1])} ${f(c2[0])},${f(c2[1])}`,
    start: c0,
    end: c2,
    number: clear ?? fallback,
  };
}

function quadratic(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]];
}

/** The piece of a quadratic curve between t0 and t1, as its own three control points (blossoming). */
function subCurve(p0: Point, p1: Point, p2: Point, t0: number, t1: number): [Point, Point, Point] {
  const blossom = (s: number, t: number): Point => {
    const w0 = (1 - s) * (1 - t);
    const w1 = (1 - s) * t + s * (1 - t);
    const w2 = s * t;
    return [w0 * p0[0] + w1 * p1[0] + w2 * p2[0], w0 * p0[1] + w1 * p1[1] + w2 * p2[1]];
  };
  return [blossom(t0, t0), blossom(t0, t1), blossom(t1, t1)];
}

function inside([x, y]: Point, box: Obstacle, margin: number): boolean {
  return Math.abs(x - box.x) <= box.width / 2 + margin && Math.abs(y - box.y) <= box.height / 2 + margin;
}

function overlapArea(a: Obstacle, b: Obstacle): number {
  const w = (a.width + b.width) / 2 - Math.abs(a.x - b.x);
  const h = (a.height + b.height) / 2 - Math.abs(a.y - b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The unit vector square to the curve at t. */
function normal(p0: Point, p1: Point, p2: Point, t: number): Point {
  const dx = 2 * (1 - t) * (p1[0] - p0[0]) + 2 * t * (p2[0] - p1[0]);
  const dy = 2 * (1 - t) * (p1[1] - p0[1]) + 2 * t * (p2[1] - p1[1]);
  const length = Math.hypot(dx, dy) || 1;
  return [-dy / length, dx / length];
}

function point([x, y]: Point) {
  return { x, y };
}

function f(n: number): string {
  return String(Math.round(n * 10) / 10);
}
