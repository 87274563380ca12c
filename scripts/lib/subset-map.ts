// Cuts world-atlas's country topology down to the lon/lat window the dashboard maps, so the app
// ships a few tens of kilobytes instead of the whole world.
//
// The clip is a rectangle clip written for this job rather than a general polygon boolean: it
// keeps every original vertex inside the window (general clippers drop "superfluous" collinear
// vertices, which would break the arcs two neighbours share), it computes the crossing point of a
// border with the window edge the same way for both countries on either side of it, and it lays
// extra vertices along the window's parallels, because d3-geo (under react-simple-maps) draws
// every edge as a great-circle arc, and a long edge along a parallel would otherwise bow poleward.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A lon/lat rectangle, in degrees. */
export interface MapWindow {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/**
 * Central Asia and western China with a margin: all of Kazakhstan (46.6–87.3°E, 40.6–55.4°N),
 * the Caspian and the Caucasus to the west, and China as far east as Xi’an (108.9°E) with room
 * to spare, down to Yunnan’s southern tip (21.1°N). China further east is cut off on purpose. The
 * map frames the five Central Asian countries and Xi’an, and the margins reach past that frame’s
 * corners, so neighbours fill it to the edges.
 */
export const CENTRAL_ASIA_WINDOW: MapWindow = { west: 24, south: 14, east: 134, north: 64 };

/** ISO 3166-1 numeric codes, as world-atlas spells its ids: China and the five Central Asian states. */
export const FOCUS_COUNTRY_IDS: readonly string[] = ['156', '398', '417', '762', '795', '860'];

/** Grid cells per axis. Over this window 1e5 is finer than world-atlas's own 50m grid, so no vertex moves visibly. */
export const DEFAULT_QUANTIZATION = 1e5;

/** Largest gap, in degrees of longitude, between vertices laid along a parallel edge of the window. */
export const DEFAULT_EDGE_STEP = 1;

// A type, not an interface, so that it fits GeoJSON's index-signature properties.
export type CountryProperties = {
  name: string;
  focus?: true;
};

/** The subset's objects: one GeometryCollection of countries, named as in world-atlas. */
export type CountryObjects = { countries: GeometryCollection<CountryProperties> };

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface SubsetOptions {
  window?: MapWindow;
  quantization?: number;
  focusIds?: readonly string[];
  edgeStep?: number;
}

type Point = [number, number];
type Ring = Point[];

// ---------------------------------------------------------------------------------------------
// Planar helpers (lon as x, lat as y, north up)

/** Twice the signed area of a closed ring; positive when it runs counter-clockwise. */
function signedArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as Point;
    const [x1, y1] = ring[i + 1] as Point;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** Planar area of a polygon's rings, holes subtracted; in square degrees. */
export function polygonArea(rings: readonly (readonly Position[])[]): number {
  return rings.reduce((total, ring, i) => {
    const area = Math.abs(signedArea(ring.map(toPoint))) / 2;
    return i === 0 ? total + area : total - area;
  }, 0);
}

function toPoint(position: Position): Point {
  const [x, y] = position;
  if (x === undefined || y === undefined) throw new Error('a position needs a longitude and a latitude');
  return [x, y];
}

/** Whether a step between two vertices jumps across the antimeridian (world-atlas rings may do so). */
function jumpsAntimeridian(a: Point, b: Point): boolean {
  return Math.abs(b[0] - a[0]) > 180;
}

/** The ring with longitudes shifted by whole turns so that no step jumps across the antimeridian. */
function unwrap(ring: Ring): Ring {
  let shift = 0;
  return ring.map(([x, y], i) => {
    const previous = ring[i - 1];
    if (previous !== undefined && jumpsAntimeridian(previous, [x, y])) shift += previous[0] > x ? 360 : -360;
    return [x + shift, y];
  });
}

/**
 * d3-geo's winding: exterior rings clockwise, holes counter-clockwise (seen with north up), so
 * the polygon's inside is on the right of every ring. A ring round a pole keeps the winding it has.
 */
function orient(ring: Ring, exterior: boolean): Ring {
  const planar = unwrap(ring);
  const first = planar[0];
  const last = planar[planar.length - 1];
  if (first === undefined || last === undefined || first[0] !== last[0]) return ring;
  const clockwise = signedArea(planar) < 0;
  return clockwise === exterior ? ring : [...ring].reverse();
}

function samePoint(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function containsPoint(ring: readonly Point[], [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// ---------------------------------------------------------------------------------------------
// Rectangle clipping

type Edge = 'west' | 'south' | 'east' | 'north';

interface ClippedSegment {
  start: Point;
  end: Point;
  /** The segment's first point lies outside the window: `start` is where it enters. */
  enters: boolean;
  /** The segment's last point lies outside the window: `end` is where it leaves. */
  exits: boolean;
}

/**
 * Liang–Barsky: the part of segment a→b inside the window, or null. The computation runs on the
 * endpoints in a fixed order, so a border shared by two countries (walked a→b by one and b→a by
 * the other) crosses the window edge at bit-identical points for both.
 */
function clipSegment(a: Point, b: Point, w: MapWindow): ClippedSegment | null {
  const swap = a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const [p, q] = swap ? [b, a] : [a, b];
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  let edge0: Edge | null = null;
  let edge1: Edge | null = null;
  const tests: [Edge, number, number][] = [
    ['west', -dx, p[0] - w.west],
    ['east', dx, w.east - p[0]],
    ['south', -dy, p[1] - w.south],
    ['north', dy, w.north - p[1]],
  ];
  for (const [edge, pk, qk] of tests) {
    if (pk === 0) {
      if (qk < 0) return null;
      continue;
    }
    const r = qk / pk;
    if (pk < 0) {
      if (r > t1) return null;
      if (r > t0) [t0, edge0] = [r, edge];
    } else {
      if (r < t0) return null;
      if (r < t1) [t1, edge1] = [r, edge];
    }
  }
  const at = (t: number, edge: Edge | null, endpoint: Point): Point => {
    if (edge === null) return endpoint;
    const x = Math.min(w.east, Math.max(w.west, p[0] + t * dx));
    const y = Math.min(w.north, Math.max(w.south, p[1] + t * dy));
    if (edge === 'west' || edge === 'east') return [w[edge], y];
    return [x, w[edge]];
  };
  const first = { point: at(t0, edge0, p), cut: edge0 !== null };
  const last = { point: at(t1, edge1, q), cut: edge1 !== null };
  const [start, end] = swap ? [last, first] : [first, last];
  return { start: start.point, end: end.point, enters: start.cut, exits: end.cut };
}

interface Chain {
  points: Ring;
  entry: number;
  exit: number;
}

/** Where a point on the window's boundary lies along it, measured clockwise from the south-west corner. */
function perimeterPosition([x, y]: Point, w: MapWindow): number {
  const width = w.east - w.west;
  const height = w.north - w.south;
  if (x === w.west) return y - w.south;
  if (y === w.north) return height + (x - w.west);
  if (x === w.east) return height + width + (w.north - y);
  if (y === w.south) return (2 * height + width + (w.east - x)) % (2 * (width + height));
  throw new Error(`point ${x},${y} is not on the window's boundary`);
}

/** The window's corners and the extra vertices along its parallels, clockwise from the south-west corner. */
function boundaryVertices(w: MapWindow, edgeStep: number): { point: Point; at: number }[] {
  const alongParallel = (y: number): Point[] => {
    const points: Point[] = [];
    const count = Math.ceil((w.east - w.west) / edgeStep);
    for (let k = 1; k < count; k++) points.push([w.west + ((w.east - w.west) * k) / count, y]);
    return points;
  };
  const points: Point[] = [
    [w.west, w.south],
    [w.west, w.north],
    ...alongParallel(w.north),
    [w.east, w.north],
    [w.east, w.south],
    ...alongParallel(w.south).reverse(),
  ];
  return points.map((point) => ({ point, at: perimeterPosition(point, w) }));
}

/** Splits a closed ring into the runs that lie inside the window; null when no vertex lies outside it. */
function insideChains(ring: Ring, w: MapWindow): Chain[] | null {
  const vertices = ring.slice(0, -1);
  const outside = vertices.findIndex(([x, y]) => x < w.west || x > w.east || y < w.south || y > w.north);
  if (outside === -1) return null;
  const chains: Chain[] = [];
  let current: Ring | null = null;
  const push = (chain: Ring, point: Point) => {
    const last = chain[chain.length - 1];
    if (last === undefined || !samePoint(last, point)) chain.push(point);
  };
  for (let i = 0; i < vertices.length; i++) {
    const a = vertices[(outside + i) % vertices.length] as Point;
    const b = vertices[(outside + i + 1) % vertices.length] as Point;
    // A step across the antimeridian really runs along it, outside any window that stops short of it.
    if (jumpsAntimeridian(a, b)) {
      if (w.west <= -180 || w.east >= 180) throw new Error('a window reaching the antimeridian is not supported');
      continue;
    }
    const part = clipSegment(a, b, w);
    if (part === null) continue;
    if (part.enters || current === null) current = [part.start];
    push(current, part.end);
    if (part.exits) {
      if (current.length > 1) {
        chains.push({ points: current, entry: perimeterPosition(current[0] as Point, w), exit: perimeterPosition(part.end, w) });
      }
      current = null;
    }
  }
  return chains;
}

/**
 * Clips one polygon (exterior ring then holes, in any winding) to the window. Returns polygons in
 * d3-geo's winding; every vertex of the input that lies inside the window is kept as it was.
 */
function clipPolygon(rings: readonly Ring[], w: MapWindow, edgeStep: number): Ring[][] {
  const oriented = rings.map((ring, i) => orient(ring, i === 0));
  const [exterior, ...holes] = oriented;
  if (exterior === undefined) return [];
  const corner: Point = [w.west, w.south];
  const exteriors: Ring[] = [];
  const innerHoles: Ring[] = [];
  const chains: Chain[] = [];

  // A ring that neither crosses nor lies inside the window either surrounds it or misses it. (A ring
  // that jumps across the antimeridian is not a planar ring; none in world-atlas surrounds this window.)
  const surroundsWindow = (ring: Ring) =>
    !ring.some((point, i) => i > 0 && jumpsAntimeridian(ring[i - 1] as Point, point)) && containsPoint(ring, corner);

  let exteriorCoversWindow = false;
  const exteriorChains = insideChains(exterior, w);
  if (exteriorChains === null) exteriors.push(exterior);
  else if (exteriorChains.length > 0) chains.push(...exteriorChains);
  else if (surroundsWindow(exterior)) exteriorCoversWindow = true;
  else return [];

  for (const hole of holes) {
    const holeChains = insideChains(hole, w);
    if (holeChains === null) innerHoles.push(hole);
    else if (holeChains.length > 0) chains.push(...holeChains);
    else if (surroundsWindow(hole)) return [];
  }

  const boundary = boundaryVertices(w, edgeStep);
  const perimeter = 2 * (w.east - w.west + w.north - w.south);
  const clockwiseFrom = (from: number, to: number) => (((to - from) % perimeter) + perimeter) % perimeter;
  if (chains.length === 0 && exteriorCoversWindow) {
    exteriors.push([...boundary.map((v) => v.point), corner]);
  }
  // Stitch: leave the window at a chain's exit, follow its boundary clockwise (the polygon's inside
  // stays on the right, as with every d3 ring) to the next chain's entry, and so on round.
  const used = new Set<Chain>();
  for (const first of chains) {
    if (used.has(first)) continue;
    const ring: Ring = [];
    let chain = first;
    for (;;) {
      used.add(chain);
      for (const point of chain.points) {
        const last = ring[ring.length - 1];
        if (last === undefined || !samePoint(last, point)) ring.push(point);
      }
      const exit = chain.exit;
      let next: Chain | undefined;
      let nearest = Infinity;
      for (const candidate of chains) {
        const distance = clockwiseFrom(exit, candidate.entry);
        if (distance < nearest && (candidate === first || !used.has(candidate))) [next, nearest] = [candidate, distance];
      }
      if (next === undefined) throw new Error('could not close a clipped ring');
      boundary
        .filter((v) => clockwiseFrom(exit, v.at) > 0 && clockwiseFrom(exit, v.at) < nearest)
        .sort((a, b) => clockwiseFrom(exit, a.at) - clockwiseFrom(exit, b.at))
        .forEach((v) => ring.push(v.point));
      if (next === first) break;
      chain = next;
    }
    ring.push(ring[0] as Point);
    if (ring.length >= 4) exteriors.push(ring);
  }

  return exteriors.map((outer) => [
    outer,
    ...innerHoles.filter((hole) => containsPoint(outer, hole[0] as Point)),
  ]);
}

/** The part of a polygon or multipolygon inside the window, as multipolygon coordinates (empty when none). */
export function clipToWindow(geometry: Polygon | MultiPolygon, w: MapWindow, edgeStep = DEFAULT_EDGE_STEP): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((rings) => clipPolygon(rings.map((ring) => ring.map(toPoint)), w, edgeStep))
    .filter((rings) => polygonArea(rings) > 0);
}

// ---------------------------------------------------------------------------------------------
// Whole-topology subsetting

function countriesOf(world: Topology): FeatureCollection {
  const countries = world.objects.countries;
  if (countries?.type !== 'GeometryCollection') throw new Error('the topology has no "countries" GeometryCollection');
  return feature(world, countries as GeometryCollection);
}

/** Every country of a world-atlas topology that keeps some area inside the window, clipped to it, in world-atlas's order. */
export function clipCountries(world: Topology, options: SubsetOptions = {}): CountryFeature[] {
  const w = options.window ?? CENTRAL_ASIA_WINDOW;
  const focusIds = new Set(options.focusIds ?? FOCUS_COUNTRY_IDS);
  const kept: CountryFeature[] = [];
  for (const country of countriesOf(world).features) {
    const geometry = country.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const polygons = clipToWindow(geometry, w, options.edgeStep ?? DEFAULT_EDGE_STEP);
    const [only] = polygons;
    if (only === undefined) continue;
    const id = country.id === undefined ? undefined : String(country.id);
    const name = typeof country.properties?.name === 'string' ? country.properties.name : (id ?? 'unnamed');
    const properties: CountryProperties = id !== undefined && focusIds.has(id) ? { name, focus: true } : { name };
    kept.push({
      type: 'Feature',
      ...(id === undefined ? {} : { id }),
      properties,
      geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  return kept;
}

/**
 * A world-atlas topology cut down to the window: one "countries" GeometryCollection whose
 * geometries keep world-atlas's ids and names, focus countries marked `focus: true`, neighbours'
 * shared borders stored once as shared arcs, coordinates quantized.
 */
export function subsetWorld(world: Topology, options: SubsetOptions = {}): Topology<CountryObjects> {
  const countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties> = {
    type: 'FeatureCollection',
    features: clipCountries(world, options),
  };
  return topology({ countries }, options.quantization ?? DEFAULT_QUANTIZATION) as Topology<CountryObjects>;
}

/** The bytes written to disk: minified JSON, the same for the same input on every run. */
export function serializeTopology(subset: Topology<CountryObjects>): string {
  return JSON.stringify(subset);
}
