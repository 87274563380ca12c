import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test } from 'vitest';
import { describeFilters } from '../../src/derive/describe-filters';
import { filterCommitments } from '../../src/derive/filter-commitments';
import { countByReadout } from '../../src/derive/lineage';
import { NO_FILTERS } from '../../src/filters/filter-state';
import { ReadoutFilter } from '../../src/views/readout-filter/readout-filter';
import { loadCorpus } from '../fixtures/load-corpus';

// The 2024 meeting reported twice: its English readout and a French one (its copy, for the test).
const { dataset: corpus } = loadCorpus();
const english = corpus.sources[1]!;
const dataset = { ...corpus, sources: [...corpus.sources.slice(0, 2), { ...english, id: 'fm-2024-readout-fr', language: 'fr' }, corpus.sources[2]!] };

/** The filter with the words "Showing…" would say, as the dashboard wires them. */
function Harness() {
  const [sources, setSources] = useState<readonly string[]>([]);
  const toggle = (id: string) => setSources((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const counts = countByReadout(dataset, filterCommitments(dataset, NO_FILTERS));
  return (
    <>
      <output>{describeFilters({ ...NO_FILTERS, sources }, dataset, 'en')}</output>
      <ReadoutFilter dataset={dataset} counts={counts} selected={sources} noun="undertaking" language="en" onToggle={toggle} onChoose={setSources} compare={false} onToggleCompare={() => undefined} latestOnly={false} onToggleLatestOnly={() => undefined} />
    </>
  );
}

test('a meeting reported by two readouts is chosen at once, and named once; one of them is named with its language', async () => {
  render(<Harness />);
  const meeting = screen.getByRole('button', { name: "Show only the 2 readouts of Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024" });
  expect(screen.getAllByRole('button', { name: /^Show only the \d readouts of/ })).toHaveLength(1);
  await userEvent.click(meeting);
  expect(meeting).toHaveAttribute('aria-pressed', 'true');
  expect(document.querySelector('output')?.textContent).toBe("Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024");
  const checkboxes = screen.getAllByRole('checkbox', { name: /meeting no\. 5/ });
  expect(checkboxes.map((c) => (c as HTMLInputElement).checked)).toEqual([true, true]);

  await userEvent.click(checkboxes[1]!);
  expect(meeting).toHaveAttribute('aria-pressed', 'false');
  expect(document.querySelector('output')?.textContent).toBe("Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024 (English)");
});
