// @vitest-environment jsdom
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { DatasetError } from '../../../src/data/dataset-error';
import { findIntegrityProblems } from '../../../src/data/find-integrity-problems';
import { parseDataset } from '../../../src/data/parse-dataset';
import { z } from '../../../src/data/zod';
import { makeTimeScale } from '../../../src/derive/time-scale';
import { LANE_CHOICES, VIEW_IDS, type FilterState } from '../../../src/filters/filter-state';
import { parseState, serializeState } from '../../../src/filters/url-state';
import { STATEMENT_TYPES, STRENGTHS } from '../../../src/data/schema';
import { parseScenes, serializeScenes } from '../../../src/present/scene-file';
import { healingStorage, useSetAside } from '../../../src/storage/healing-storage';

const TEXT = readFileSync('public/data/dataset.json', 'utf8');
const SOURCE = readFileSync('public/data/sources/2023-04-26-china-central-asia-fm-meeting.fr.txt', 'utf8');
const VALID = parseDataset(TEXT, 'dataset.json');
const TEXTS = { [VALID.sources[0]?.id ?? '']: SOURCE };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in a JSON tree. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  return [prefix];
}

/** The ways a file gets broken on its way: a field dropped, a record doubled, a value retyped. */
const breakage = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), to: fc.constantFrom<Json>(null, 0, -1, 1e308, '', 'x', true, [], {}, ['x'], { a: 1 }) }),
);

function broken(change: fc.Arbitrary<{ kind: 'drop' | 'duplicate' | 'retype'; at: number; to?: Json }>): fc.Arbitrary<string> {
  return fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
    const root = JSON.parse(TEXT) as Json;
    for (const { kind, at, to } of changes) {
      const all = paths(root).filter((p) => p.length > 0);
      const path = all[at % all.length] ?? [];
      const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] ?? null, root) as Record<string | number, Json> | Json[];
      const key = path.at(-1) ?? 0;
      if (kind === 'drop') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else Reflect.deleteProperty(parent, key);
      } else if (kind === 'duplicate' && Array.isArray(parent)) {
        parent.splice(Number(key), 0, structuredClone(parent[Number(key)] ?? null));
      } else if (kind === 'retype') {
        (parent as Record<string | number, Json>)[key] = to ?? null;
      }
    }
    return JSON.stringify(root);
  });
}

/** The ways a text gets broken: cut short, a byte-order mark, a control character, another encoding. */
const mangledText = fc.oneof(
  fc.nat({ max: TEXT.length }).map((n) => TEXT.slice(0, n)),
  fc.constant(`\uFEFF${TEXT}`),
  fc.nat({ max: TEXT.length }).map((n) => `${TEXT.slice(0, n)}\u0000${TEXT.slice(n)}`),
  fc.constant(Buffer.from(TEXT, 'latin1').toString('utf8')),
  fc.string({ maxLength: 200 }),
);

/** A parse that fails must fail with the dashboard's own error, which says where. */
function parsesOrSaysWhy(text: string): void {
  try {
    const dataset = parseDataset(text, 'broken.json');
    expect(Array.isArray(findIntegrityProblems(dataset, TEXTS))).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems.length).toBeGreaterThan(0);
    (error as DatasetError).problems.forEach((problem) => expect(problem).toMatch(/\S/));
  }
}

describe('broken input, generated from valid input', () => {
  test('a dataset with fields dropped, records doubled or values retyped is read or refused with reasons, never crashes the checks', () => {
    fc.assert(fc.property(broken(breakage), parsesOrSaysWhy), { numRuns: 150 });
    // 150 datasets checked whole: a second here, several on a loaded two-core machine.
  }, 30_000);

  test('a dataset file cut short, re-encoded or stuffed with control characters is refused with reasons', () => {
    fc.assert(fc.property(mangledText, parsesOrSaysWhy), { numRuns: 100 });
  });

  test('the valid dataset round-trips through its own schema unchanged', () => {
    expect(parseDataset(JSON.stringify(VALID), 'again.json')).toEqual(VALID);
    expect(findIntegrityProblems(VALID, TEXTS)).toEqual([]);
  });

  test('any query string is read without throwing; whatever it cannot use comes back as notices', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.webQueryParameters(), (text, query) => {
        for (const search of [text, `?${query}`, `?c=${text}&d=${text}&from=${text}&to=${text}&focus=${text}&src=${text}`]) {
          const { state, notices } = parseState(search);
          expect(Array.isArray(notices)).toBe(true);
          expect(state.types.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('every state the dashboard can be in survives its URL', () => {
    const day = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const stateArb: fc.Arbitrary<FilterState> = fc.record({
      countries: fc.uniqueArray(fc.constantFrom('CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'), { maxLength: 6 }).map((c) => [...c].sort()),
      domains: fc.uniqueArray(fc.constantFrom('energy', 'trade', 'culture'), { maxLength: 3 }).map((d) => [...d].sort()),
      timeRange: fc.option(fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })), { nil: null }),
      types: fc.uniqueArray(fc.constantFrom(...STATEMENT_TYPES), { minLength: 1 }).map((t) => STATEMENT_TYPES.filter((x) => t.includes(x))),
      strengths: fc.uniqueArray(fc.constantFrom(...STRENGTHS)).map((s) => STRENGTHS.filter((x) => s.includes(x))),
      specificOnly: fc.boolean(),
      sources: fc.uniqueArray(fc.constantFrom('xian-2023-fm-readout', 'fm-2024-readout'), { maxLength: 2 }).map((s) => [...s].sort()),
      compare: fc.boolean(),
      latestOnly: fc.boolean(),
      focusedId: fc.option(fc.constantFrom('chn-kaz-community-of-shared-future', 'a-b', 'fm-2024/trade-volume'), { nil: null }),
      language: fc.constantFrom('en' as const, 'fr' as const),
      lanes: fc.constantFrom(...LANE_CHOICES),
      spotlight: fc.option(fc.constantFrom(...VIEW_IDS), { nil: null }),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        const read = parseState(`?${serializeState(state)}`);
        expect(read.notices).toEqual([]);
        expect(read.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  test('any scene file is imported or refused with reasons; a valid one round-trips', () => {
    // Names as the file keeps them: trimmed (the schema trims what it reads).
    const sceneArb = fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim()).filter((s) => s !== ''), query: fc.constantFrom('', 'c=KAZ', 'd=energy&c=UZB', 'lang=fr') });
    fc.assert(
      fc.property(fc.array(sceneArb, { maxLength: 8 }), fc.string({ maxLength: 100 }), (scenes, junk) => {
        const file = serializeScenes(scenes.map((s, i) => ({ ...s, id: `s${i}` })));
        const read = parseScenes(file, VALID, 'en');
        expect(read.ok && read.scenes.map(({ name, query }) => ({ name, query }))).toEqual(scenes);
        for (const text of [junk, file.slice(0, junk.length), file.replace('"version": 1', '"version": "1"')]) {
          const result = parseScenes(text, VALID, 'en');
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('the time axis places any dates from year 1 to 9999 at finite, ordered positions', () => {
    const day = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 12 }), fc.integer({ min: 50, max: 3000 }), (days, width) => {
        const sorted = [...days].sort();
        const scale = makeTimeScale(sorted.map((d) => ({ start: d, end: d })), width);
        const xs = sorted.map(scale.x);
        xs.forEach((x) => expect(Number.isFinite(x)).toBe(true));
        xs.slice(1).forEach((x, i) => expect(x).toBeGreaterThanOrEqual(xs[i] ?? 0));
        expect(scale.invert(0)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(scale.invert(width)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stored state, whatever is found', () => {
  beforeEach(() => {
    localStorage.clear();
    useSetAside.setState({ setAside: [] });
  });

  test('is used when it has the right shape, and otherwise set aside whole: never thrown, never lost', () => {
    const storage = healingStorage('scenes', z.object({ scenes: z.nullable(z.array(z.object({ id: z.string(), name: z.string(), query: z.string() }))) }), 1);
    const valid = JSON.stringify({ state: { scenes: [{ id: 'a', name: 'A', query: 'c=KAZ' }] }, version: 1 });
    const found = fc.oneof(fc.string({ maxLength: 80 }), fc.json(), fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)), fc.constant(valid));
    fc.assert(
      fc.property(found, (raw) => {
        localStorage.setItem('k', raw);
        const value = storage.getItem('k');
        if (value === null) expect(localStorage.getItem('k/set-aside')).toBe(raw);
        else expect(raw).toBe(valid);
      }),
      { numRuns: 300 },
    );
  });
});
