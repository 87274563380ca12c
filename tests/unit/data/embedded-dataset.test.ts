import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../../src/data/find-integrity-problems';
import { parseDataset } from '../../../src/data/parse-dataset';

// The dataset the dashboard ships with, checked against the readout it models.
const folder = resolve(import.meta.dirname, '../../../public/data');
const dataset = parseDataset(readFileSync(resolve(folder, 'dataset.json'), 'utf8'), 'dataset.json');
const source = dataset.sources[0]!;
const bytes = readFileSync(resolve(folder, source.file));
const text = bytes.toString('utf8');
const FIVE = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

describe('the embedded dataset', () => {
  test('ships the source byte-identical to the published readout', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('73b85283a5db45831a729f318d0e33eb69d0916288b5e357139b5c7e5914fade');
  });

  test('passes every integrity check against its source', () => {
    expect(findIntegrityProblems(dataset, { [source.id]: text })).toEqual([]);
  });

  test('quotes every sentence of the readout in at least one record', () => {
    const quoted: string[] = [];
    JSON.stringify(dataset, (key, value: unknown) => {
      if (key === 'quote' && typeof value === 'string') quoted.push(value);
      return value;
    });
    const sentences = text.split('\n').flatMap((paragraph) => paragraph.match(/[^.]+(?:\.(?=\s|$)|$)/g) ?? []).map((s) => s.trim());
    expect(sentences).toHaveLength(30);
    expect(sentences.filter((sentence) => !quoted.some((q) => q.includes(sentence)))).toEqual([]);
  });

  test('describes the fourth meeting with six ministers, claiming neither its day nor its city', () => {
    expect(dataset.meetings).toMatchObject([{ seriesNumber: 4, eventId: 'fm-meeting-4' }]);
    expect(dataset.meetings[0]!.placeId).toBeUndefined();
    expect(dataset.meetings[0]!.participantIds).toHaveLength(6);
  });

  test('has the six countries with ISO alpha-3 and numeric codes', () => {
    expect(dataset.countries.map((c) => `${c.id}:${c.isoNumeric}`)).toEqual(['CHN:156', 'KAZ:398', 'KGZ:417', 'TJK:762', 'TKM:795', 'UZB:860']);
  });

  test('keeps both spellings of Kyrgyzstan that the source uses', () => {
    expect(dataset.countries.find((c) => c.id === 'KGZ')!.sourceSpellings).toEqual(['Kirghizistan', 'Kirghizstan']);
  });

  test('covers each practical field of the readout\'s list with a domain', () => {
    const fields = ['economy', 'trade', 'investment', 'connectivity', 'green-agriculture', 'health', 'energy', 'minerals', 'port-transit', 'twin-cities', 'local-authorities'];
    const list = dataset.commitments.find((c) => c.id === 'both-sides-cooperation-fields')!;
    expect(list.domainIds).toEqual(fields);
  });

  test('makes a statement by or toward the five concern each of them', () => {
    const collective = dataset.commitments.filter((c) => FIVE.every((id) => c.makerIds.includes(id) || c.partnerIds.includes(id)));
    expect(collective.length).toBeGreaterThan(0);
    for (const commitment of collective) expect(commitment.countryIds).toEqual(expect.arrayContaining(FIVE));
  });

  test('codes Qin Gang\'s exhortations as calls by China on both sides, not as joint undertakings', () => {
    const calls = dataset.commitments.filter((c) => c.cues.some((cue) => /doivent|devons/.test(cue.text)));
    expect(calls).toHaveLength(10);
    for (const call of calls) expect({ type: call.statementType, makers: call.makerIds }).toEqual({ type: 'call', makers: ['CHN'] });
  });

  test('dates the talks, not the meeting, and leaves undated what the text does not date', () => {
    const when = (id: string) => dataset.events.find((e) => e.id === id)!.when;
    expect(when('qin-gang-talks-xian')).toMatchObject({ start: '2023-04-26', precision: 'day' });
    expect(when('fm-meeting-4')).toMatchObject({ start: null, end: null, precision: 'unknown' });
    expect(when('next-fm-meeting')).toMatchObject({ start: null, end: null, precision: 'unknown' });
    const kaz = dataset.commitments.find((c) => c.id === 'chn-kaz-community-of-shared-future')!;
    expect(kaz.agreed).toMatchObject({ start: null, end: '2023-04-26', precision: 'open', wording: 'avaient convenu' });
    expect(kaz.agreedByIds).toEqual(['xi-jinping', 'kassym-jomart-tokayev']);
  });

  test('writes each name one way per language in its labels', () => {
    const labels = (language: 'en' | 'fr') => JSON.stringify([dataset.commitments.map((c) => c.title[language]), dataset.events.map((e) => e.title[language]), dataset.people.map((p) => p.name[language])]);
    expect(labels('fr')).not.toMatch(/Kirghizstan|Berdimuhamedov\b|Tokayev/);
    expect(labels('en')).not.toMatch(/Kirghiz|Berdimuhamedow|Tokaïev/);
    expect(dataset.people.find((p) => p.id === 'kulubaev-zheenbek-moldokanovich')!.name).toEqual({ en: 'Zheenbek Kulubaev', fr: 'Zheenbek Kulubaev' });
  });

  test('resolves "30 years ago" and "another 30 years" against the meeting date', () => {
    const when = (id: string) => dataset.events.find((e) => e.id === id)!.when;
    expect(when('diplomatic-relations-established')).toMatchObject({ start: '1992-01-01', precision: 'span', wording: 'il y a 30 ans' });
    expect(when('next-30-golden-years')).toMatchObject({ start: '2023-04-26', end: '2053-04-26', precision: 'span' });
    expect(when('xi-rahmon-meeting')).toMatchObject({ start: '2022-01-01', end: '2022-12-31', precision: 'year' });
  });

  test('records every statement as stated on the day of the talks, announced as of the readout', () => {
    expect(new Set(dataset.commitments.map((c) => `${c.stated.start} ${c.statusHistory.map((s) => `${s.status}@${s.asOf}`).join()}`))).toEqual(new Set(['2023-04-26 announced@2023-04-26']));
  });
});
