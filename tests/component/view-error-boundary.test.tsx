import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { serveFiles } from '../fixtures/serve-files';
import { renderApp } from './render-app';

// The heatmap breaks while `fault.on` is set: a stand-in for any bug that throws while drawing.
const fault = vi.hoisted(() => ({ on: true }));
vi.mock('../../src/views/heatmap/domain-heatmap', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/views/heatmap/domain-heatmap')>();
  return {
    DomainHeatmap: (props: Parameters<typeof real.DomainHeatmap>[0]) => {
      if (fault.on) throw new Error('cell layout went wrong');
      return real.DomainHeatmap(props);
    },
  };
});

beforeEach(() => {
  fault.on = true;
  serveFiles();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a view that throws', () => {
  test('shows its own error, and the other views keep working', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Kazakhstan: 19 undertakings' });

    const heatmap = screen.getByRole('region', { name: 'Cooperation domains by country' });
    expect(within(heatmap).getByRole('alert')).toHaveTextContent(
      'The Cooperation domains by country failed to displaycell layout went wrong',
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }));
    expect(screen.getByRole('heading', { name: 'Undertakings (19)' })).toBeInTheDocument();
    expect((await within(screen.getByRole('region', { name: 'Pledge timeline' })).findAllByRole('button', { name: /— 26 Apr 2023$/ })).length).toBeGreaterThan(0);
  });

  test('draws again when asked, once the fault is gone', async () => {
    renderApp('?c=KAZ');
    await screen.findByRole('button', { name: 'Kazakhstan: 19 undertakings' });
    const heatmap = screen.getByRole('region', { name: 'Cooperation domains by country' });

    fault.on = false;
    await userEvent.click(within(heatmap).getByRole('button', { name: 'Try again' }));

    expect(within(heatmap).queryByRole('alert')).toBeNull();
    expect(within(heatmap).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['KAZ']);
  });
});
