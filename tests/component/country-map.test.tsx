import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { fromPublicFolder, serveFiles } from '../fixtures/serve-files';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const country = (name: RegExp) => screen.findByRole('button', { name });

test('focusing a country shows its name, count and how the source characterises the relationship', async () => {
  serveFiles();
  renderApp();
  (await country(/^Tajikistan: 19 undertakings$/)).focus();
  const tooltip = await screen.findByRole('tooltip');
  expect(tooltip).toHaveTextContent('Tajikistan');
  expect(tooltip).toHaveTextContent('19 undertakings');
  expect(within(tooltip).getByText('Ironclad friendship')).toBeInTheDocument();
  expect(within(tooltip).getByText('China–Tajikistan community of development and community of security')).toBeInTheDocument();
});

test('Space toggles a focused country, and only the six countries are tab stops', async () => {
  serveFiles();
  renderApp();
  const kyrgyzstan = await country(/^Kyrgyzstan: 18 undertakings$/);
  kyrgyzstan.focus();
  await userEvent.keyboard(' ');
  expect(kyrgyzstan).toHaveAttribute('aria-pressed', 'true');
  const map = screen.getByRole('group', { name: 'Countries' });
  const tabStops = [...map.querySelectorAll('[tabindex]')].filter((el) => el.getAttribute('tabindex') === '0');
  expect(tabStops.map((el) => el.getAttribute('aria-label')?.split(':')[0])).toEqual(
    expect.arrayContaining(['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']),
  );
  expect(tabStops).toHaveLength(6);
});

test('a map that fails to load says so inside the map, and the other views keep working', async () => {
  serveFiles((path) => (path.includes('/map/') ? new Response('', { status: 500, statusText: 'Internal Server Error' }) : fromPublicFolder(path)));
  renderApp();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The map could not be loaded');
  expect(alert).toHaveTextContent('central-asia-50m.topo.json');
  expect(within(screen.getByRole('region', { name: 'Countries' })).getByRole('alert')).toBe(alert);
  await userEvent.click(within(screen.getByRole('region', { name: 'Cooperation domains by country' })).getByRole('button', { name: 'Kazakhstan' }));
  expect(screen.getByRole('heading', { name: 'Undertakings (19)' })).toBeInTheDocument();
}, 15_000);
