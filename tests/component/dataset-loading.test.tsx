import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fromPublicFolder, serveFiles } from '../fixtures/serve-files';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

describe('loading the dataset', () => {
  test('shows a loading state, then the dashboard on the real dataset', async () => {
    serveFiles();
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset…');
    expect(await screen.findByRole('heading', { name: 'Undertakings (29)' })).toBeInTheDocument();
    expect(screen.getByText('Showing:').parentElement).toHaveTextContent('Showing: All countries, domains and dates — 29 undertakings');
    expect(screen.getByText(/Readout of Qin Gang's talks in Xi'an with the five Central Asian foreign ministers/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Kazakhstan: 19 undertakings' })).toBeInTheDocument();
  });

  test('sets the charts-ready mark once every view has drawn its data, and not before', async () => {
    performance.clearMarks('charts-ready');
    // The map's borders arrive when the test says so: until then, not every view has drawn.
    let sendMap = () => {};
    const mapSent = new Promise<void>((resolve) => (sendMap = resolve));
    serveFiles(async (path) => (path.startsWith('/map/') ? (await mapSent, fromPublicFolder(path)) : fromPublicFolder(path)));
    renderApp();
    await screen.findByRole('heading', { name: 'Undertakings (29)' });
    expect(performance.getEntriesByName('charts-ready')).toHaveLength(0);
    sendMap();
    await screen.findByRole('button', { name: 'Kazakhstan: 19 undertakings' });
    // The timeline's code comes on its own: the mark waits for it too.
    await waitFor(() => expect(performance.getEntriesByName('charts-ready')).toHaveLength(1));
    expect(screen.getByRole('region', { name: 'Pledge timeline' })).toHaveTextContent('26 Apr 2023');
  });

  test('names the file and the HTTP status when the dataset is missing, without retrying by itself', async () => {
    const fetch = serveFiles(() => new Response('Not found', { status: 404, statusText: 'Not Found' }));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('File: dataset.json');
    expect(alert).toHaveTextContent('the server answered HTTP 404 Not Found');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('loads the dataset when the user retries after the problem is fixed', async () => {
    let broken = true;
    serveFiles((path) => (broken ? new Response('{"schemaVersion": 1,', { status: 200 }) : fromPublicFolder(path)));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Undertakings (29)' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('lists schema violations with their path', async () => {
    serveFiles(async (path) => {
      if (!path.endsWith('dataset.json')) return fromPublicFolder(path);
      const dataset = (await fromPublicFolder(path).json()) as { commitments: { kind: string }[] };
      dataset.commitments[3]!.kind = 'promise';
      return new Response(JSON.stringify(dataset));
    });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'commitments[3] "chn-kgz-mutually-beneficial-cooperation" › kind: "promise" is not one of "project"|"field"|"political"|"mechanism"',
    );
  });

  test('refuses a dataset whose quote is not in its source', async () => {
    serveFiles(async (path) => {
      if (!path.endsWith('.txt')) return fromPublicFolder(path);
      return new Response((await fromPublicFolder(path).text()).replace('amitié de fer', 'amitié solide'));
    });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/relationships\[4\] "chn-tjk-friendship" › evidence\[0\]: quote not found verbatim/);
  });

  test('retries a server error by itself before reporting it', async () => {
    const fetch = serveFiles(() => new Response('', { status: 503, statusText: 'Service Unavailable' }));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503 Service Unavailable');
    expect(fetch).toHaveBeenCalledTimes(3);
  }, 15_000);
});
