import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { serveFiles } from '../fixtures/serve-files';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

test('switching to French translates the interface, the dataset labels and the URL', async () => {
  serveFiles();
  renderApp();
  await screen.findByRole('heading', { name: 'Undertakings (29)' });
  const french = screen.getByRole('button', { name: 'Français' });
  expect(french).toHaveAttribute('aria-pressed', 'false');
  await userEvent.click(french);
  expect(french).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tableau de bord de la coopération Chine–Asie centrale');
  const heatmap = screen.getByRole('region', { name: 'Domaines de coopération par pays' });
  expect(within(heatmap).getByRole('button', { name: 'Kirghizistan' })).toBeInTheDocument();
  expect(within(heatmap).getByRole('button', { name: 'Agriculture verte' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Engagements (29)' })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('fr');
  expect(window.location.search).toBe('?lang=fr');
});
