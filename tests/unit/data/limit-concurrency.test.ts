import { expect, test } from 'vitest';
import { limitConcurrency } from '../../../src/data/limit-concurrency';

test('runs at most the limit at once, every task in the end, each with its own result', async () => {
  const gate = limitConcurrency(3);
  let running = 0;
  let most = 0;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      gate(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 1 + (i % 4)));
        running--;
        return i * 2;
      }),
    ),
  );
  expect(most).toBe(3);
  expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
});

test('a failing task fails alone and frees its place', async () => {
  const gate = limitConcurrency(1);
  const failed = gate(() => Promise.reject(new Error('404')));
  const next = gate(() => Promise.resolve('ok'));
  await expect(failed).rejects.toThrow('404');
  await expect(next).resolves.toBe('ok');
});

test('once every task has finished, the next one starts at once', async () => {
  const gate = limitConcurrency(2);
  await Promise.all([gate(() => Promise.resolve(1)), gate(() => Promise.resolve(2)), gate(() => Promise.resolve(3))]);
  let started = 0;
  const later = [gate(() => Promise.resolve(++started)), gate(() => Promise.resolve(++started))];
  expect(started).toBe(2);
  expect(await Promise.all(later)).toEqual([1, 2]);
});
