import { expect, test } from 'vitest';
import { meetingName, readoutLabel } from '../../../src/derive/readout-label';
import { loadCorpus } from '../../fixtures/load-corpus';

const { dataset } = loadCorpus();
const summit = dataset.sources[2]!;

test('a meeting is named by its series and number, in each language', () => {
  const meeting = dataset.meetings[2]!;
  expect(meetingName(meeting, 'en')).toBe('Summit no. 2');
  expect(meetingName(meeting, 'fr')).toBe('Sommet no 2');
});

test('a meeting without a number is named by its series alone, and one without a place without a place', () => {
  const unnumbered = { ...dataset, meetings: dataset.meetings.map((m) => (m.id === summit.meetingId ? { ...m, seriesNumber: undefined, placeId: undefined } : m)) };
  expect(readoutLabel(summit, unnumbered, 'en')).toBe('Summit · 17 Jun 2025');
  expect(readoutLabel(summit, unnumbered, 'en', false)).toBe('Summit');
});

test('a readout of a meeting the dataset does not have is named by its title', () => {
  expect(readoutLabel({ ...summit, meetingId: 'summit-2025/summit-9' }, dataset, 'en')).toBe(`${summit.title.en} · 17 Jun 2025`);
});
