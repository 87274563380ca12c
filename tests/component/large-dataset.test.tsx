import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { syntheticDataset } from '../../scripts/lib/synthetic-dataset';
import type { Dataset } from '../../src/data/schema';
import { formatDateRange } from '../../src/i18n/format-date-range';
import { fromPublicFolder, serveFiles } from '../fixtures/serve-files';
import { renderApp } from './render-app';

// 500 commitments: the readout's 46, and 454 over 12 made-up readouts: more than the timeline draws one by one.
let files: Record<string, string> = {};
beforeAll(() => {
  const base = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
  const baseFiles = { [base.sources[0]?.file ?? '']: readFileSync(`public/data/${base.sources[0]?.file}`, 'utf8') };
  const { dataset, files: texts } = syntheticDataset(base, baseFiles, 500);
  files = { 'dataset.json': JSON.stringify(dataset), ...texts };
});
afterEach(() => vi.unstubAllGlobals());

async function dashboard(search = '') {
  serveFiles((path) => {
    const file = path.replace(/^\/data\//, '');
    return file in files ? new Response(files[file]) : fromPublicFolder(path);
  });
  // Every statement type: the synthetic readouts code calls and positions as well as undertakings.
  renderApp(`?type=undertaking,call,position,assessment${search ? `&${search.slice(1)}` : ''}`);
  await screen.findByRole('button', { name: /^Kazakhstan: \d+ statements$/ }, { timeout: 25_000 });
}

const listItems = () => within(screen.getByRole('list', { name: /^\d+ statements$/ })).getAllByRole('listitem');

// jsdom draws 500 commitments slowly, and a shared CI machine more slowly still.
describe('a large dataset', { timeout: 30_000 }, () => {
  test('the list shows a page at a time and grows on request', async () => {
    await dashboard();
    expect(screen.getByRole('list', { name: '500 statements' })).toBeInTheDocument();
    expect(listItems()).toHaveLength(100);
    await userEvent.click(screen.getByRole('button', { name: 'Show 100 more (500 in all)' }));
    expect(listItems()).toHaveLength(200);
  });

  test('a focused record beyond the first page is shown', async () => {
    await dashboard('?focus=synthetic-commitment-150');
    expect(listItems()).toHaveLength(150);
    expect(within(listItems()[149]!).getByText(/: cooperation no\. 150$/)).toBeInTheDocument();
  });

  test('the header sums up the sources, and the timeline counts marks in bars that filter to their period', async () => {
    await dashboard();
    expect(screen.getByText(/^Readout of Qin Gang's talks .* and 12 more source documents, \d{4}–\d{4}$/)).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Pledge timeline' });
    expect(await within(timeline).findByText(/each bar counts those of a short period/)).toBeInTheDocument();
    const bars = within(timeline).getAllByRole('button', { name: /^(Political|Field of cooperation|Project|Mechanism)[^:]*: \d+ statements?, / });
    // A bar's period and count: clicking it filters every view to that period.
    const label = bars[0]!.getAttribute('aria-label') ?? '';
    const [, count, period] = /^[^:]*: (\d+) statements?, (.*)$/.exec(label) ?? [];
    await userEvent.click(bars[0]!);
    const search = new URLSearchParams(window.location.search);
    const [from, to] = [search.get('from') ?? '', search.get('to') ?? ''];
    expect(formatDateRange({ start: from, end: to }, 'en')).toBe(period);
    // The made-up statements listed are exactly those stated in the period (the bar's among them); the
    // readout's own records whose agreed dates reach into it ("before 26 April 2023") may join them.
    const dataset = JSON.parse(files['dataset.json'] ?? '{}') as Dataset;
    const stated = dataset.commitments.filter((c) => c.id.startsWith('synthetic-') && (c.stated.start ?? '') >= from && (c.stated.start ?? '') <= to);
    const listed = listItems().map((item) => item.querySelector('.commitment-list__title')?.textContent ?? '').filter((title) => /: cooperation no\. \d+$/.test(title));
    expect(listed.sort()).toEqual(stated.map((c) => c.title.en).sort());
    expect(stated.length).toBeGreaterThanOrEqual(Number(count));
  });
});
