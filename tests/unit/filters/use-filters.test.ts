import { beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_STATE } from '../../../src/filters/filter-state';
import { pickState, useFilters } from '../../../src/filters/use-filters';

const store = () => useFilters.getState();

beforeEach(() => useFilters.setState(DEFAULT_STATE));

describe('the filter store', () => {
  test('toggling a country adds it, toggling it again removes it', () => {
    store().toggleCountry('KAZ');
    store().toggleCountry('UZB');
    expect(store().countries).toEqual(['KAZ', 'UZB']);
    store().toggleCountry('KAZ');
    expect(store().countries).toEqual(['UZB']);
  });

  test('picking a cell selects just that country and domain; picking it again clears them', () => {
    store().toggleCountry('UZB');
    store().pickCell('KAZ', 'energy');
    expect([store().countries, store().domains]).toEqual([['KAZ'], ['energy']]);
    store().pickCell('KAZ', 'energy');
    expect([store().countries, store().domains]).toEqual([[], []]);
  });

  test('picking a collapsed group\'s cell selects that country and every domain of the group; picking it again clears them', () => {
    store().toggleDomain('culture');
    store().pickGroupCell('KAZ', ['energy', 'trade']);
    expect([store().countries, store().domains]).toEqual([['KAZ'], ['energy', 'trade']]);
    store().pickGroupCell('KAZ', ['energy', 'trade']);
    expect([store().countries, store().domains]).toEqual([[], []]);
  });

  test('reset clears what narrows the data but keeps the language and display choices', () => {
    store().chooseLanguage('fr');
    store().chooseLanes('country');
    store().toggleCountry('KAZ');
    store().brushTimeRange({ start: '2022-01-01', end: '2022-12-31' });
    store().focusRecord('x');
    store().clearFilters();
    expect(pickState(store())).toEqual({ ...DEFAULT_STATE, language: 'fr', lanes: 'country' });
  });
});
