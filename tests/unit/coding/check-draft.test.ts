import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../src/coding/check-draft';
import { codedSentences, draftRegistryFile, draftToReadout, type Draft } from '../../../src/coding/draft';
import { EMPTY_MEETING, toMeeting } from '../../../src/coding/meeting-fields';
import { sentencesOf } from '../../../src/coding/sentences';
import { parseDataset } from '../../../src/data/parse-dataset';

const base = parseDataset(readFileSync('public/data/dataset.json', 'utf8'), 'dataset.json');
const [source] = base.sources;
const text = readFileSync(`public/data/${source!.file}`, 'utf8');
const baseTexts = { [source!.id]: text };

/** The embedded source coded anew: its first statements, without their events. */
const draft = (count: number): Draft => ({
  readoutId: 'xian-recoded',
  text,
  source: { ...source!, meetingId: undefined },
  records: base.commitments.slice(0, count).map((c, i) => ({ ...c, id: `recoded-${i + 1}`, eventIds: [] })),
});

describe('a draft readout, checked as data:check checks its file', () => {
  test('passes beside the embedded dataset when every record holds', () => {
    expect(checkDraft(draft(3), { dataset: base, file: 'dataset.json' }, baseTexts)).toEqual({ records: new Map(), other: [] });
  });

  test('sends each problem to the record it names, in words that name the field', () => {
    const d = draft(3);
    d.records[1] = { ...d.records[1]!, domainIds: ['space'] };
    d.records[2] = { ...d.records[2]!, evidence: [{ ...d.records[2]!.evidence[0]!, end: d.records[2]!.evidence[0]!.end + 20 }] };
    const problems = checkDraft(d, { dataset: base, file: 'dataset.json' }, baseTexts);
    expect(problems.records.get(1)).toEqual(['domainIds[0]: unknown domain "space"']);
    expect(problems.records.get(2)?.[0]).toMatch(/^evidence\[0\]: quote is in source "xian-2023-fm-readout" at \d+–\d+, not at /);
    expect(problems.records.has(0)).toBe(false);
  });

  test('names a schema problem of a record the same way', () => {
    const d = draft(1);
    d.records[0] = { ...d.records[0]!, title: { en: '', fr: 'x' } };
    expect(checkDraft(d, { dataset: base, file: 'dataset.json' }, baseTexts).records.get(0)).toEqual(['title › en: Too small: expected string to have >=1 characters']);
  });

  test('is written as a readout file, and says which sentences are coded', () => {
    const d = draft(3);
    expect(draftToReadout(d)).toMatchObject({ schemaVersion: 3, kind: 'readout', id: 'xian-recoded', events: [], commitments: d.records });
    const sentences = sentencesOf(text, 'fr');
    expect([...codedSentences(d, sentences)].sort((a, b) => a - b)).toEqual([1, 2, 4]);
  });
});

describe('the meeting a draft reports', () => {
  const [first] = sentencesOf(text, 'fr');
  const passage = { start: first!.start, end: first!.end, quote: first!.text };
  const fields = {
    ...EMPTY_MEETING,
    titleEn: "Fourth China–Central Asia foreign ministers' meeting", titleFr: 'Quatrième réunion des ministres des Affaires étrangères Chine-Asie centrale',
    series: 'foreign-ministers' as const, seriesNumber: '4', placeId: 'xian', participantIds: ['qin-gang', 'murat-nurtleu'],
    precision: 'unknown' as const, wording: 'la quatrième réunion des ministres des affaires étrangères Chine-Asie centrale', translation: 'On 26 April 2023, …',
  };

  test('is written into the readout file with its dated event, and holds', () => {
    const d = { ...draft(1), meeting: toMeeting(fields, passage, draft(1), base) };
    const readout = draftToReadout(d);
    expect(readout.meeting).toMatchObject({ id: 'meeting', series: 'foreign-ministers', seriesNumber: 4, placeId: 'xian', eventId: 'meeting-held' });
    expect(readout.events.map((e) => [e.id, e.kind, e.countryIds])).toEqual([['meeting-held', 'meeting', ['CHN', 'KAZ']]]);
    expect(checkDraft(d, { dataset: base, file: 'dataset.json' }, baseTexts)).toEqual({ records: new Map(), other: [] });
  });

  test('says what is missing, in the file\'s words', () => {
    const d = { ...draft(1), meeting: toMeeting({ ...fields, participantIds: [] }, passage, draft(1), base) };
    expect(checkDraft(d, { dataset: base, file: 'dataset.json' }, baseTexts).other).toEqual([
      'xian-recoded.json › meeting › participantIds: Too small: expected array to have >=1 items',
      'xian-recoded.json › events[0] "meeting-held" › countryIds: Too small: expected array to have >=1 items',
    ]);
  });
});

describe('what a draft adds to the registry', () => {
  const at = text.indexOf('consulats généraux');
  const consulates = {
    id: 'consulates-general', groupId: base.domains[0]!.groupId, label: { en: 'Consulates general', fr: 'Consulats généraux' },
    evidence: [{ sourceId: source!.id, quote: 'consulats généraux', start: at, end: at + 'consulats généraux'.length, translations: { en: 'consulates general' } }],
  };

  test('is written as a registry file that extends the embedded one, and its records can be used at once', () => {
    const d: Draft = { ...draft(1), registry: { people: [], places: [], domains: [consulates] } };
    d.records[0] = { ...d.records[0]!, domainIds: ['consulates-general'] };
    expect(draftRegistryFile(d)).toEqual({ schemaVersion: 3, kind: 'registry', extendsEmbedded: true, people: [], places: [], domains: [consulates] });
    expect(checkDraft(d, { dataset: base, file: 'dataset.json' }, baseTexts)).toEqual({ records: new Map(), other: [] });
  });

  test('is checked with the embedded registry: a domain it has already, or the same one twice, is named', () => {
    const known = { ...consulates, label: { en: 'Consulates', fr: 'Consulats' } };
    expect(checkDraft({ ...draft(1), registry: { people: [], places: [], domains: [known] } }, { dataset: base, file: 'dataset.json' }, baseTexts).other).toEqual([
      'xian-recoded.registry.json › domains[0] "consulates-general": the same domain as dataset.json (registry) › domains[11] "consular" (both are "consulates"): keep one',
    ]);
    const twice = { ...consulates, id: 'consulates-again' };
    const d: Draft = { ...draft(1), registry: { people: [], places: [], domains: [consulates, twice] } };
    expect(checkDraft(d, { dataset: base, file: 'dataset.json' }, baseTexts).other).toEqual([
      'xian-recoded.registry.json › domains[1] "consulates-again": the same domain as xian-recoded.registry.json › domains[0] "consulates-general" (both are "consulates general"): keep one',
    ]);
  });
});
