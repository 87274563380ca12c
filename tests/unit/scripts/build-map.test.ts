import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon, type Polygon as ClipPolygon } from 'polygon-clipping';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import {
  CENTRAL_ASIA_WINDOW,
  clipCountries,
  clipToWindow,
  DEFAULT_QUANTIZATION,
  FOCUS_COUNTRY_IDS,
  polygonArea,
  serializeTopology,
  subsetWorld,
  type MapWindow,
} from '../../../scripts/lib/subset-map';
import { EXACT_IDS, simplifyMap } from '../../../scripts/lib/simplify-map';
import { runScript } from './run-script';

const root = resolve(import.meta.dirname, '../../..');
const world = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
const worldCountries = feature(world, world.objects.countries as GeometryCollection<{ name: string }>).features;
const subset = subsetWorld(world);
const countries = feature(subset, subset.objects.countries).features;
const { west, south, east, north } = CENTRAL_ASIA_WINDOW;

const NEIGHBOURS = ['004', '586', '364', '643', '496', '356', '031', '524', '051', '268', '064', '104', '368', '792'];

function byId<P>(features: Feature<Geometry, P>[], id: string): Feature<Geometry, P> {
  const found = features.find((f) => f.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected ${geometry.type}`);
}

function area(geometry: Geometry): number {
  return polygonsOf(geometry).reduce((total, rings) => total + polygonArea(rings), 0);
}

function signedArea(ring: Position[]): number {
  return ring.slice(1).reduce((sum, [x1, y1], i) => sum + ring[i]![0]! * y1! - x1! * ring[i]![1]!, 0);
}

describe('npm run map', () => {
  test('keeps the six focus countries, marked focus', () => {
    for (const id of FOCUS_COUNTRY_IDS) expect(byId(countries, id).properties.focus).toBe(true);
    expect(byId(countries, '417').properties.name).toBe('Kyrgyzstan');
  });

  test('keeps the neighbours for context, not marked focus', () => {
    for (const id of NEIGHBOURS) expect(byId(countries, id).properties).not.toHaveProperty('focus');
  });

  test('drops countries with nothing inside the window', () => {
    const ids = countries.map((f) => f.id);
    for (const id of ['076', '840', '036', '250', '826']) expect(ids).not.toContain(id);
  });

  test('ships under 60 KB gzipped', () => {
    expect(gzipSync(serializeTopology(subset)).length).toBeLessThan(60 * 1024);
  });

  test('keeps every coordinate inside the window', () => {
    const tolerance = 1e-9;
    const positions = countries.flatMap((f) => polygonsOf(f.geometry).flat(2));
    expect(positions.length).toBeGreaterThan(1000);
    for (const [x, y] of positions) {
      expect(x).toBeGreaterThanOrEqual(west - tolerance);
      expect(x).toBeLessThanOrEqual(east + tolerance);
      expect(y).toBeGreaterThanOrEqual(south - tolerance);
      expect(y).toBeLessThanOrEqual(north + tolerance);
    }
  });

  test('stores the Kyrgyzstan–Uzbekistan border once, as arcs both countries share', () => {
    const ids = ['417', '860'];
    const border = mesh(subset, subset.objects.countries, (a, b) => a !== b && ids.includes(String(a.id)) && ids.includes(String(b.id)));
    expect(border.type).toBe('MultiLineString');
    expect(border.coordinates.length).toBeGreaterThan(0);
  });

  test('keeps the Fergana valley as world-atlas draws it: every vertex, every enclave', () => {
    const [x0, y0, x1, y1] = subset.bbox!;
    const step = Math.max((x1 - x0) / (DEFAULT_QUANTIZATION - 1), (y1 - y0) / (DEFAULT_QUANTIZATION - 1));
    for (const id of ['417', '860', '762']) {
      const before = byId(worldCountries, id).geometry;
      const after = byId(countries, id).geometry;
      expect(polygonsOf(after).map((rings) => rings.length)).toEqual(polygonsOf(before).map((rings) => rings.length));
      const kept = polygonsOf(after).flat(2);
      for (const [x, y] of polygonsOf(before).flat(2)) {
        expect(kept.some(([kx, ky]) => Math.abs(kx! - x!) <= step && Math.abs(ky! - y!) <= step)).toBe(true);
      }
    }
    expect(polygonsOf(byId(countries, '417').geometry)[0]!.length - 1).toBe(3); // the Sokh, Shakhimardan and Vorukh enclaves
  });

  test('cuts each country exactly where a general polygon clipper does', () => {
    const frame: Position[][] = [[[west, south], [east, south], [east, north], [west, north], [west, south]]];
    for (const country of clipCountries(world)) {
      const original = worldCountries.find((f) => f.properties.name === country.properties.name)!.geometry;
      const reference = polygonClipping
        .intersection(polygonsOf(original) as ClipMultiPolygon, frame as ClipPolygon)
        .reduce((total, rings) => total + polygonArea(rings), 0);
      expect(area(country.geometry)).toBeCloseTo(reference, 9);
    }
  });

  test('winds rings as d3-geo expects: exteriors clockwise, holes counter-clockwise', () => {
    for (const country of countries) {
      for (const [exterior, ...holes] of polygonsOf(country.geometry)) {
        expect(signedArea(exterior!)).toBeLessThan(0);
        for (const hole of holes) expect(signedArea(hole)).toBeGreaterThan(0);
      }
    }
  });

  test('lays vertices at most a degree apart along the window’s parallels, so great-circle edges do not bow', () => {
    const russia = byId(clipCountries(world), '643').geometry;
    const northEdge = polygonsOf(russia)
      .flat()
      .flatMap((ring) => ring.slice(1).map((to, i) => [ring[i]!, to] as const))
      .filter(([from, to]) => from[1] === north && to[1] === north);
    // Russia holds most of the window's northern edge (the Gulf of Finland and Finland take the rest).
    expect(northEdge.reduce((total, [from, to]) => total + Math.abs(to[0]! - from[0]!), 0)).toBeGreaterThan(0.8 * (east - west));
    for (const [from, to] of northEdge) expect(Math.abs(to[0]! - from[0]!)).toBeLessThanOrEqual(1 + 1e-9);
  });

  test('splits a shape that leaves and re-enters the window into separate pieces', () => {
    const window: MapWindow = { west: 0, south: 0, east: 10, north: 10 };
    // A "U" opening upward whose arms reach above the window: clipped, the arms stay joined by the base.
    const u: Polygon = { type: 'Polygon', coordinates: [[[1, 1], [1, 12], [3, 12], [3, 3], [7, 3], [7, 12], [9, 12], [9, 1], [1, 1]]] };
    expect(clipToWindow(u, window).map(polygonArea)).toEqual([44]);
    // Upside down with its base above the window, only the two arms are left.
    const n: Polygon = { type: 'Polygon', coordinates: [[[1, 12], [9, 12], [9, 5], [7, 5], [7, 11], [3, 11], [3, 5], [1, 5], [1, 12]]] };
    expect(clipToWindow(n, window).map(polygonArea)).toEqual([10, 10]);
  });

  test('turns a hole cut by the window edge into a notch', () => {
    const window: MapWindow = { west: 0, south: 0, east: 10, north: 10 };
    const square: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[[[2, 2], [2, 8], [12, 8], [12, 2], [2, 2]], [[8, 4], [11, 4], [11, 6], [8, 6], [8, 4]]]],
    };
    const [only, ...rest] = clipToWindow(square, window);
    expect(rest).toEqual([]);
    expect(only).toHaveLength(1);
    expect(polygonArea(only!)).toBe(8 * 6 - 2 * 2);
  });

  test('produces the same bytes on every run', () => {
    expect(serializeTopology(subsetWorld(world))).toBe(serializeTopology(subset));
  });

  test('writes the subset and prints its size and the countries kept', () => {
    const folder = mkdtempSync(join(tmpdir(), 'map-'));
    const path = join(folder, 'central-asia.topo.json');
    const { status, stdout } = runScript('build-map.ts', path);
    expect(status).toBe(0);
    const written = readFileSync(path, 'utf8');
    rmSync(folder, { recursive: true });
    expect(written).toBe(serializeTopology(simplifyMap(subset)));
    expect(stdout).toMatch(/central-asia\.topo\.json: [\d.]+ KB raw, [\d.]+ KB gzipped/);
    expect(stdout).toMatch(/\* 417 {2}Kyrgyzstan/);
    expect(stdout).toMatch(/ {3}004 {2}Afghanistan/);
  });
});

describe('thinning the neighbours’ borders', () => {
  const thin = simplifyMap(subset);
  const thinCountries = feature(thin, thin.objects.countries).features;
  const vertices = (t: Topology) => t.arcs.reduce((n, arc) => n + arc.length, 0);

  test('drops most vertices, and no country', () => {
    expect(vertices(thin)).toBeLessThan(0.5 * vertices(subset));
    expect(thinCountries.map((c) => c.id)).toEqual(countries.map((c) => c.id));
  });

  test('keeps the Fergana valley countries vertex for vertex, enclaves and all', () => {
    for (const id of EXACT_IDS) expect(byId(thinCountries, id).geometry).toEqual(byId(countries, id).geometry);
  });

  test('keeps the vertices along the window’s parallels', () => {
    const edge = (features: typeof countries) =>
      polygonsOf(byId(features, '643').geometry).flat(2).filter(([, y]) => y === north).length;
    expect(edge(thinCountries)).toBe(edge(countries));
  });

  test('still ships under 60 KB gzipped', () => {
    expect(gzipSync(serializeTopology(thin)).length).toBeLessThan(60 * 1024);
  });
});
