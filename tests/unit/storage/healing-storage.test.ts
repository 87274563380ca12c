import { beforeEach, expect, test } from 'vitest';
import { z } from '../../../src/data/zod';
import { healingStorage, useSetAside } from '../../../src/storage/healing-storage';

const KEY = 'test/kept';
const schema = z.object({ items: z.array(z.string()) });
const storage = healingStorage('scenes', schema, 2, (state, from) => (from === 1 ? { items: (state as { list: string[] }).list } : state));

beforeEach(() => {
  localStorage.clear();
  useSetAside.setState({ setAside: [] });
});

test('hands back a value of the right shape, and says nothing', () => {
  localStorage.setItem(KEY, JSON.stringify({ state: { items: ['a'] }, version: 2 }));
  expect(storage.getItem(KEY)).toEqual({ state: { items: ['a'] }, version: 2 });
  expect(useSetAside.getState().setAside).toEqual([]);
});

test('brings an older format up to date', () => {
  localStorage.setItem(KEY, JSON.stringify({ state: { list: ['a', 'b'] }, version: 1 }));
  expect(storage.getItem(KEY)).toEqual({ state: { items: ['a', 'b'] }, version: 2 });
});

const setAsideCases = [
  ['not JSON', '{"state": [', 'it is not valid JSON'],
  ['not a saved state', '"hello"', 'it is not a saved state'],
  ['the wrong shape', JSON.stringify({ state: { items: { a: 1 } }, version: 2 }), 'items: expected array, received object'],
  ['a newer format', JSON.stringify({ state: { items: [] }, version: 3 }), 'it was saved by a newer version of the dashboard (format 3; this one reads 2)'],
] as const;

for (const [name, raw, reason] of setAsideCases) {
  test(`sets aside a value that is ${name}, keeps it whole, and says so once`, () => {
    localStorage.setItem(KEY, raw);
    expect(storage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem(`${KEY}/set-aside`)).toBe(raw);
    expect(useSetAside.getState().setAside).toEqual([{ what: 'scenes', backupKey: `${KEY}/set-aside`, reason }]);
    // The next start finds nothing wrong: the notice is not repeated.
    expect(storage.getItem(KEY)).toBeNull();
    expect(useSetAside.getState().setAside).toHaveLength(1);
  });
}
