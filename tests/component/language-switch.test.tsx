import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { serveFiles } from '../fixtures/serve-files';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

test('switching to French translates the interface and the dataset labels', async () => {
  serveFiles();
  renderApp();
  await screen.findByRole('table', { name: /records by type/i });
  const french = screen.getByRole('button', { name: 'Français' });
  expect(french).toHaveAttribute('aria-pressed', 'false');
  await userEvent.click(french);
  expect(french).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tableau de bord de la coopération Chine–Asie centrale');
  expect(screen.getByRole('rowheader', { name: 'Kirghizistan' })).toBeInTheDocument();
  expect(screen.getByRole('rowheader', { name: 'Agriculture verte' })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('fr');
});
