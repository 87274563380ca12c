import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { serveFiles } from '../fixtures/serve-files';
import { renderApp } from './render-app';

beforeEach(() => serveFiles());
afterEach(() => vi.unstubAllGlobals());

const region = (name: string) => screen.getByRole('region', { name });
const heatmap = () => region('Cooperation domains by country');
const timelineMarks = () => within(region('Pledge timeline')).getAllByRole('button', { name: /— 26 Apr 2023$/ });
/** Every statement the timeline stands for: its single marks, and what its counted marks count. */
const timelineTotal = () =>
  within(region('Pledge timeline'))
    .queryAllByRole('button', { name: /: \d+ (undertakings?|statements?), / })
    .reduce((sum, bin) => sum + Number(/: (\d+) /.exec(bin.getAttribute('aria-label') ?? '')?.[1] ?? 0), within(region('Pledge timeline')).queryAllByRole('button', { name: /— 26 Apr 2023$/ }).length);
const listItems = () => within(screen.getByRole('list', { name: /^\d+ undertakings?$/ })).getAllByRole('listitem');

/** Renders the dashboard and waits for the map and the timeline, which load after the rest. */
async function dashboard(search = '') {
  renderApp(search);
  await screen.findAllByRole('button', { name: /^Kazakhstan ?: \d+ (undertakings?|engagements?)$/ });
  await screen.findAllByRole('slider', { name: /^(Time filter handle|Poignée du filtre de dates)/ });
}

describe('linked views', () => {
  test('clicking a country on the map narrows the heatmap, the timeline and the list', async () => {
    await dashboard();
    expect(timelineTotal()).toBe(29);
    expect(within(heatmap()).getAllByRole('columnheader')).toHaveLength(6);
    expect(listItems()).toHaveLength(29);

    await userEvent.click(screen.getByRole('button', { name: 'Kazakhstan: 19 undertakings' }));

    expect(screen.getByRole('button', { name: 'Kazakhstan: 19 undertakings' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(heatmap()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['KAZ']);
    expect(timelineTotal()).toBe(19);
    expect(listItems()).toHaveLength(19);
    expect(screen.getByRole('heading', { name: 'Undertakings (19)' })).toBeInTheDocument();
    expect(screen.getByText(/^Showing:/).parentElement).toHaveTextContent('Showing: Kazakhstan — 19 undertakings');
    expect(window.location.search).toBe('?c=KAZ');
  });

  test('a heatmap cell filters to its country and domain', async () => {
    await dashboard();
    await userEvent.click(within(heatmap()).getByRole('button', { name: 'Tajikistan, Industrial parks: 1 undertaking' }));
    expect(listItems()).toHaveLength(1);
    expect(listItems()[0]).toHaveTextContent('Develop cooperation in industrial parks');
    expect(window.location.search).toBe('?c=TJK&d=industrial-parks');
  });

  test('arrow keys move between heatmap cells, and Enter picks one', async () => {
    await dashboard();
    const first = within(heatmap()).getByRole('button', { name: 'China, Political trust: 1 undertaking' });
    first.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Kazakhstan, Relations and partnerships: 2 undertakings');
    await userEvent.keyboard('{Enter}');
    expect(listItems()).toHaveLength(2);
  });

  test('the "specific" switch keeps only statements that concern one country, in every view, in "Showing" and in Reset', async () => {
    await dashboard();
    const cell = () => within(heatmap()).getByRole('button', { name: /^Kazakhstan, Relations and partnerships:/ });
    expect(cell()).toHaveTextContent('2');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only statements specific to one country' }));
    expect(cell()).toHaveTextContent('1');
    expect(screen.getByRole('heading', { name: 'Undertakings (11)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kazakhstan: 3 undertakings' })).toBeInTheDocument();
    expect(screen.getByText(/^Showing:/).parentElement).toHaveTextContent('Showing: Only statements specific to one country — 11 undertakings');
    expect(window.location.search).toBe('?specific=1');
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByRole('checkbox', { name: 'Only statements specific to one country' })).not.toBeChecked();
    expect(window.location.search).toBe('');
  });

  test('a time preset narrows the list to what refers to those years, and dims the rest of the timeline', async () => {
    await dashboard();
    await userEvent.click(within(region('Pledge timeline')).getByRole('button', { name: '1992–1993' }));
    expect(screen.queryByRole('list', { name: /^\d+ undertakings?$/ })).not.toBeInTheDocument();
    expect(screen.getByText('Nothing matches these filters.')).toBeInTheDocument();
    expect(timelineMarks().every((mark) => mark.classList.contains('is-out'))).toBe(true);
    await userEvent.click(within(region('Pledge timeline')).getByRole('button', { name: '2053' }));
    expect(listItems().map((li) => li.textContent)).toEqual([expect.stringContaining('another 30 golden years')]);
  });

  test('focusing a commitment shows its quote and translation, and opens it in the source', async () => {
    await dashboard();
    const list = screen.getByRole('list', { name: '29 undertakings' });
    await userEvent.click(within(list).getByRole('button', { name: /^Promote the mutual establishment of consulates general in Xi'an and Aktobe/ }));
    const details = screen.getByRole('article', { name: "Promote the mutual establishment of consulates general in Xi'an and Aktobe" });
    expect(details).toHaveTextContent('Statement typeUndertaking — the parties say they will do it');
    expect(details).toHaveTextContent('StrengthIntent to advance or study');
    expect(within(details).getByText('promouvoir', { selector: 'mark' })).toBeInTheDocument();
    expect(details).toHaveTextContent('Source text (French)');
    expect(details).toHaveTextContent('English translation');
    const quoted = details.querySelector('blockquote');
    expect(quoted?.textContent).toMatch(/promouvoir l’établissement mutuel de consulats généraux à Xi’an et à Aktioubé\.$/);
    expect(quoted).toHaveAttribute('lang', 'fr');
    expect(details).toHaveTextContent('consulates general in Xi\'an and Aktobe.');
    expect(window.location.search).toBe('?focus=chn-kaz-consulates-xian-aktobe');

    await userEvent.click(within(details).getByRole('button', { name: 'Show in source' }));
    const reader = await screen.findByRole('dialog', { name: /Readout of Qin Gang's talks/ });
    const mark = reader.querySelector('mark');
    expect(mark?.textContent).toBe(
      'La Chine et le Kazakhstan profiteront de la signature d’un accord mutuel d’exemption de visa pour faciliter les échanges entre les peuples et promouvoir l’établissement mutuel de consulats généraux à Xi’an et à Aktioubé.',
    );
    expect(reader).toHaveTextContent('Le 26 avril 2023, le conseiller d’État');
  });

  test('statement types and strengths widen or narrow every count, in the URL and the words of "Showing"', async () => {
    await dashboard();
    const types = screen.getByRole('group', { name: 'Statement types' });
    expect(within(types).getByRole('checkbox', { name: 'Undertaking' })).toBeDisabled();
    await userEvent.click(within(types).getByRole('checkbox', { name: 'Call' }));
    expect(screen.getByRole('heading', { name: 'Statements (39)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kazakhstan: 20 statements' })).toBeInTheDocument();
    expect(screen.getByText(/^Showing:/).parentElement).toHaveTextContent('Showing: Undertaking, Call — 39 statements');
    expect(window.location.search).toBe('?type=undertaking%2Ccall');
    await userEvent.click(within(screen.getByRole('group', { name: /^Strength/ })).getByRole('checkbox', { name: 'Firm' }));
    expect(screen.getByRole('heading', { name: 'Statements (3)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByRole('heading', { name: 'Undertakings (29)' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  test('dates are typed and shown the way the interface writes them, and a wrong one says how to write it', async () => {
    await dashboard();
    const from = within(region('Pledge timeline')).getByRole('textbox', { name: 'From' });
    await userEvent.type(from, '01/01/2053{Enter}');
    expect(window.location.search).toMatch(/^\?from=2053-01-01&to=\d{4}-12-31$/);
    expect(from).toHaveValue('1 Jan 2053');
    expect(listItems().map((li) => li.textContent)).toEqual([expect.stringContaining('another 30 golden years')]);
    const to = within(region('Pledge timeline')).getByRole('textbox', { name: 'To' });
    await userEvent.clear(to);
    await userEvent.type(to, '31/02/2054{Enter}');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Write a date as 26 Apr 2023 or 26/04/2023');
    expect(window.location.search).toMatch(/^\?from=2053-01-01&to=\d{4}-12-31$/);
  });

  test('Escape leaves an enlarged view, as it leaves a presentation', async () => {
    await dashboard();
    await userEvent.click(screen.getByRole('button', { name: 'Enlarge Pledge timeline' }));
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(window.location.search).toBe('?view=timeline');
    await userEvent.keyboard('{Escape}');
    expect(screen.getAllByRole('region')).toHaveLength(4);
    expect(window.location.search).toBe('');
  });

  test('restores the view from the URL', async () => {
    await dashboard('?c=UZB&d=innovation&lang=fr');
    expect(screen.getByRole('heading', { name: 'Engagements (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ouzbékistan : 1 engagement' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('says which URL parameters it could not use, and shows the rest', async () => {
    await dashboard('?c=KAZ,XXX&from=2023-13-01&lang=en');
    const notice = screen.getByText(/could not be used/).closest('[role="alert"]');
    expect(notice).toHaveTextContent('c=XXX is not a country of this dataset');
    expect(notice).toHaveTextContent('from=2023-13-01 is not a date (YYYY-MM-DD)');
    expect(screen.getByRole('heading', { name: 'Undertakings (19)' })).toBeInTheDocument();
  });

  test('reset clears every filter', async () => {
    await dashboard('?c=KAZ&d=energy');
    expect(screen.getByRole('heading', { name: 'Undertakings (1)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByRole('heading', { name: 'Undertakings (29)' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });
});
