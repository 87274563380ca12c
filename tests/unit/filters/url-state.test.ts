import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, type FilterState } from '../../../src/filters/filter-state';
import { parseState, serializeState } from '../../../src/filters/url-state';

const state = (overrides: Partial<FilterState>): FilterState => ({ ...DEFAULT_STATE, ...overrides });

describe('serializeState', () => {
  test('leaves defaults out of the URL', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
  });

  test('writes every choice, lists sorted so that one view has one URL', () => {
    const query = serializeState(
      state({
        countries: ['UZB', 'KAZ'],
        domains: ['trade', 'energy'],
        timeRange: { start: '2022-01-01', end: '2023-12-31' },
        focusedId: 'chn-kaz-visa-exemption',
        language: 'fr',
        specificOnly: true,
        lanes: 'country',
      }),
    );
    expect(query).toBe('c=KAZ%2CUZB&d=energy%2Ctrade&from=2022-01-01&to=2023-12-31&focus=chn-kaz-visa-exemption&specific=1&lanes=country&lang=fr');
  });
});

describe('parseState', () => {
  test('reads back what serializeState wrote', () => {
    const chosen = state({ countries: ['KAZ', 'UZB'], domains: ['energy'], timeRange: { start: '2023-01-01', end: '2023-03-31' }, focusedId: 'x-y', language: 'fr', specificOnly: true, lanes: 'country' });
    expect(parseState(serializeState(chosen))).toEqual({ state: chosen, notices: [] });
  });

  test('gives the default state for an empty query', () => {
    expect(parseState('')).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  test('drops a malformed country code with a notice and keeps the good ones', () => {
    const { state: parsed, notices } = parseState('?c=KAZ,kazakhstan');
    expect(parsed.countries).toEqual(['KAZ']);
    expect(notices).toEqual([{ param: 'c', value: 'kazakhstan', problem: 'not-a-country-code' }]);
  });

  test('ignores a date that does not exist, with a notice', () => {
    const { state: parsed, notices } = parseState('from=2023-02-30&to=2023-12-31');
    expect(parsed.timeRange).toBeNull();
    expect(notices).toEqual([{ param: 'from', value: '2023-02-30', problem: 'not-a-date' }]);
  });

  test('ignores an end that is not a date, with a notice, and keeps no range', () => {
    const { state: parsed, notices } = parseState('from=2023-01-01&to=garbage');
    expect(parsed.timeRange).toBeNull();
    expect(notices).toEqual([{ param: 'to', value: 'garbage', problem: 'not-a-date' }]);
  });

  test('takes only what looks like a domain id in d=, naming the rest', () => {
    const { state: parsed, notices } = parseState(`d=${encodeURIComponent('energy,Energy!,trade,<b>')}`);
    expect(parsed.domains).toEqual(['energy', 'trade']);
    expect(notices).toEqual([
      { param: 'd', value: 'Energy!', problem: 'not-a-domain-id' },
      { param: 'd', value: '<b>', problem: 'not-a-domain-id' },
    ]);
  });

  test('ignores a range that starts after it ends', () => {
    const { state: parsed, notices } = parseState('from=2024-01-01&to=2023-01-01');
    expect(parsed.timeRange).toBeNull();
    expect(notices[0]?.problem).toBe('range-reversed');
  });

  test('reads a single date as a one-day range', () => {
    expect(parseState('from=2023-04-26').state.timeRange).toEqual({ start: '2023-04-26', end: '2023-04-26' });
  });

  test('falls back to English for an unknown language', () => {
    const { state: parsed, notices } = parseState('lang=de');
    expect(parsed.language).toBe('en');
    expect(notices).toEqual([{ param: 'lang', value: 'de', problem: 'not-a-language' }]);
  });

  test('rejects a switch value other than 1 or 0, and a lane choice it does not know', () => {
    const { state: parsed, notices } = parseState('specific=yes&lanes=year');
    expect([parsed.specificOnly, parsed.lanes]).toEqual([false, 'kind']);
    expect(notices.map((n) => n.problem)).toEqual(['not-a-switch', 'not-a-lane-choice']);
  });

  test('rejects a focus id with characters no id has, such as markup', () => {
    const { state: parsed, notices } = parseState(`focus=${encodeURIComponent('<script>')}`);
    expect(parsed.focusedId).toBeNull();
    expect(notices).toEqual([{ param: 'focus', value: '<script>', problem: 'unknown-record' }]);
  });

  test('reads the readouts chosen, and a statement of a corpus by its readout and id', () => {
    const chosen = state({ sources: ['fm-2023-readout', 'fm-2024-readout'], focusedId: 'fm-2024/trade-volume' });
    expect(serializeState(chosen)).toBe('src=fm-2023-readout%2Cfm-2024-readout&focus=fm-2024%2Ftrade-volume');
    expect(parseState(serializeState(chosen))).toEqual({ state: chosen, notices: [] });
    expect(parseState('src=FM 2023,fm-2024-readout').notices).toEqual([{ param: 'src', value: 'FM 2023', problem: 'not-a-source-id' }]);
    expect(parseState('focus=a/b/c').notices).toEqual([{ param: 'focus', value: 'a/b/c', problem: 'unknown-record' }]);
  });

  test('reads the enlarged view, and refuses a view that does not exist', () => {
    expect(parseState('view=timeline').state.spotlight).toBe('timeline');
    expect(parseState('view=globe').notices).toEqual([{ param: 'view', value: 'globe', problem: 'not-a-view' }]);
  });

  test('ignores parameters it does not know', () => {
    expect(parseState('utm_source=mail&c=KGZ')).toEqual({ state: state({ countries: ['KGZ'] }), notices: [] });
  });
});

describe('statement type and strength in the URL', () => {
  test('leaves the default (undertakings, any strength) out, and writes a choice in scale order', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(serializeState({ ...DEFAULT_STATE, types: ['call', 'undertaking'], strengths: ['call', 'firm'] })).toBe('type=undertaking%2Ccall&strength=firm%2Ccall');
  });

  test('reads them back, and names what it cannot use', () => {
    const { state, notices } = parseState('?type=call,promise&strength=view,huge');
    expect(state.types).toEqual(['call']);
    expect(state.strengths).toEqual(['view']);
    expect(notices).toEqual([
      { param: 'type', value: 'promise', problem: 'not-a-statement-type' },
      { param: 'strength', value: 'huge', problem: 'not-a-strength' },
    ]);
  });

  test('keeps the default types when none given is usable', () => {
    expect(parseState('?type=nothing').state.types).toEqual(['undertaking']);
  });
});

test('reads every lane choice, and names a wrong one', () => {
  expect(['kind', 'type', 'strength', 'country'].map((lanes) => parseState(`?lanes=${lanes}`).state.lanes)).toEqual(['kind', 'type', 'strength', 'country']);
  expect(parseState('?lanes=decade').notices).toEqual([{ param: 'lanes', value: 'decade', problem: 'not-a-lane-choice' }]);
});

describe('the URL to the letter: empty values, single bounds, partial dates, switches', () => {
  test('writes the chosen readouts sorted, so that one choice has one URL', () => {
    expect(serializeState(state({ sources: ['summit-2025-readout', 'fm-2023-readout'] }))).toBe('src=fm-2023-readout%2Csummit-2025-readout');
  });

  test('an empty list or focus is no choice, and no notice', () => {
    expect(parseState('c=&d=&type=&strength=&src=&focus=')).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  test('reads an end alone as a one-day range, and names it when it is not a date', () => {
    expect(parseState('to=2023-04-26')).toEqual({ state: state({ timeRange: { start: '2023-04-26', end: '2023-04-26' } }), notices: [] });
    expect(parseState('to=someday')).toEqual({ state: DEFAULT_STATE, notices: [{ param: 'to', value: 'someday', problem: 'not-a-date' }] });
  });

  test('names both days of a range that starts after it ends', () => {
    expect(parseState('from=2024-01-01&to=2023-01-01').notices).toEqual([{ param: 'from', value: '2024-01-01 > 2023-01-01', problem: 'range-reversed' }]);
  });

  test('takes only a full day as a date, not a month or a year', () => {
    expect(parseState('from=2023-04').notices).toEqual([{ param: 'from', value: '2023-04', problem: 'not-a-date' }]);
    expect(parseState('from=2023').notices).toEqual([{ param: 'from', value: '2023', problem: 'not-a-date' }]);
  });

  test('reads each switch as on with 1 and off with 0', () => {
    expect(parseState('latest=1&compare=1&specific=1')).toEqual({ state: state({ latestOnly: true, compare: true, specificOnly: true }), notices: [] });
    expect(parseState('latest=0&compare=0&specific=0')).toEqual({ state: DEFAULT_STATE, notices: [] });
    expect(parseState('compare=true').notices).toEqual([{ param: 'compare', value: 'true', problem: 'not-a-switch' }]);
  });
});
