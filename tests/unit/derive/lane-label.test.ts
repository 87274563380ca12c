import { describe, expect, test } from 'vitest';
import { laneLabel } from '../../../src/derive/lane-label';
import { MESSAGES } from '../../../src/i18n/messages';

const { en, fr } = MESSAGES;
const countryNames = new Map([['KAZ', 'Kazakhstan'], ['KGZ', 'Kyrgyzstan']]);

describe('laneLabel', () => {
  test('names a subject lane by its short subject name, in the language shown', () => {
    expect(laneLabel('field', 'kind', en, countryNames)).toBe('Field');
    expect(laneLabel('field', 'kind', fr, countryNames)).toBe('Domaine');
  });

  test('names a statement-type lane and a strength lane each by its own words, though both have a "position"', () => {
    expect(laneLabel('position', 'type', en, countryNames)).toBe('Support or position');
    expect(laneLabel('position', 'strength', en, countryNames)).toBe('Position');
    expect(laneLabel('advance', 'strength', en, countryNames)).toBe('Advance or study');
  });

  test("names a country lane by the country's name, never by a subject's, type's or strength's words", () => {
    expect(laneLabel('KAZ', 'country', en, countryNames)).toBe('Kazakhstan');
    for (const id of ['political', 'call', 'advance']) expect(laneLabel(id, 'country', en, countryNames)).toBe(id);
  });

  test('shows the id itself for a lane no words name', () => {
    expect(laneLabel('UZB', 'country', en, countryNames)).toBe('UZB');
    expect(laneLabel('unknown', 'kind', en, countryNames)).toBe('unknown');
  });
});
