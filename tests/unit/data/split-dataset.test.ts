import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { assembleCorpus } from '../../../src/data/assemble-corpus';
import type { ReadoutFile } from '../../../src/data/corpus-schema';
import { findIntegrityProblems } from '../../../src/data/find-integrity-problems';
import { parseDataset } from '../../../src/data/parse-dataset';
import type { Dataset, Evidence } from '../../../src/data/schema';
import { splitDataset } from '../../../src/data/split-dataset';
import { FIXTURE_SOURCE_ID, makeCommitment, makeDataset } from '../../fixtures/make-dataset';

const embedded = () => parseDataset(readFileSync('public/data/dataset.json', 'utf8'), 'dataset.json');
const SOURCE_TEXT = readFileSync('public/data/sources/2023-04-26-china-central-asia-fm-meeting.fr.txt', 'utf8');

const said = (quote: string): Evidence => ({ sourceId: 'second-source', quote, start: 0, end: quote.length, translations: { en: quote } });

/**
 * The fixture dataset with a second readout, of a later meeting's sequel: its own event and
 * statement, which refer back to the first readout's meeting, event and statement; and a third
 * source from which nothing was coded.
 */
function twoReadouts(): Dataset {
  const dataset = makeDataset();
  const [first] = dataset.sources;
  dataset.sources.push(
    { ...first!, id: 'second-source', file: 'sources/second.fr.txt', meetingId: 'fixture-meeting' },
    { ...first!, id: 'third-source', file: 'sources/third.fr.txt', meetingId: undefined },
  );
  delete dataset.sources[2]!.meetingId;
  dataset.events.push({ ...dataset.events[0]!, id: 'second-day', evidence: [said('Le lendemain')] });
  dataset.relationships.push({ ...dataset.relationships[0]!, id: 'second-partners', evidence: [said('partenaires')] });
  dataset.commitments.push(
    makeCommitment({
      id: 'follow-up',
      eventIds: ['second-day', 'last-year'],
      evidence: [said('La Chine et le Kazakhstan ont confirmé')],
      links: [{ kind: 'repeats', commitmentId: 'energy-trade', evidence: said('ont confirmé') }],
    }),
  );
  return dataset;
}

const readout = (files: ReturnType<typeof splitDataset>, path: string) => files[path] as ReadoutFile;

describe('splitDataset', () => {
  test('writes a registry, one readout per source and a manifest listing them in the sources\' order', () => {
    const dataset = twoReadouts();
    const files = splitDataset(dataset);
    expect(Object.keys(files)).toEqual(['registry.json', 'readouts/fixture-source.json', 'readouts/second-source.json', 'readouts/third-source.json', 'corpus.json']);
    expect(files['corpus.json']).toEqual({
      schemaVersion: 3,
      kind: 'corpus',
      title: dataset.title,
      registries: ['registry.json'],
      readouts: ['readouts/fixture-source.json', 'readouts/second-source.json', 'readouts/third-source.json'],
    });
    expect(files['registry.json']).toEqual({
      schemaVersion: 3,
      kind: 'registry',
      countries: dataset.countries,
      places: dataset.places,
      people: dataset.people,
      domainGroups: dataset.domainGroups,
      domains: dataset.domains,
    });
  });

  test('puts each record in the readout of the source its first quote is from', () => {
    const files = splitDataset(twoReadouts());
    const first = readout(files, 'readouts/fixture-source.json');
    expect(first).toMatchObject({ schemaVersion: 3, kind: 'readout', id: FIXTURE_SOURCE_ID });
    expect(first.events.map((e) => e.id)).toEqual(['meeting-day', 'last-year']);
    expect(first.relationships.map((r) => r.id)).toEqual(['chn-kaz-partners']);
    expect(first.commitments.map((c) => c.id)).toEqual(['energy-trade', 'culture-support']);
    expect(first.meeting?.id).toBe('fixture-meeting');
    const second = readout(files, 'readouts/second-source.json');
    expect(second.events.map((e) => e.id)).toEqual(['second-day']);
    expect(second.relationships.map((r) => r.id)).toEqual(['second-partners']);
    expect(second.commitments.map((c) => c.id)).toEqual(['follow-up']);
  });

  test('writes a reference within a readout by its bare id, and one into another readout as "readout/id"', () => {
    const files = splitDataset(twoReadouts());
    const first = readout(files, 'readouts/fixture-source.json');
    expect(first.source.meetingId).toBe('fixture-meeting');
    expect(first.meeting?.eventId).toBe('meeting-day');
    expect(first.commitments[1]?.eventIds).toEqual(['last-year']);
    const second = readout(files, 'readouts/second-source.json');
    expect(second.source).toEqual({ ...twoReadouts().sources[1], meetingId: 'fixture-source/fixture-meeting' });
    expect(second.commitments[0]?.eventIds).toEqual(['second-day', 'fixture-source/last-year']);
    expect(second.commitments[0]?.links).toEqual([{ kind: 'repeats', commitmentId: 'fixture-source/energy-trade', evidence: said('ont confirmé') }]);
    // Everything else about the statement as it was.
    expect({ ...second.commitments[0], eventIds: [], links: [] }).toEqual({ ...twoReadouts().commitments[2], eventIds: [], links: [] });
  });

  test('writes a source with no meeting, and its readout, without a meeting; a statement without links, without links', () => {
    const files = splitDataset(twoReadouts());
    const third = readout(files, 'readouts/third-source.json');
    expect(third).toEqual({ schemaVersion: 3, kind: 'readout', id: 'third-source', source: twoReadouts().sources[2], events: [], relationships: [], commitments: [] });
    expect('meetingId' in third.source).toBe(false);
    expect('meeting' in readout(files, 'readouts/second-source.json')).toBe(false);
    expect('links' in readout(files, 'readouts/fixture-source.json').commitments[0]!).toBe(false);
  });

  test('refuses a source that two meetings are quoted from', () => {
    const dataset = makeDataset();
    dataset.meetings.push({ ...dataset.meetings[0]!, id: 'another-meeting' });
    expect(() => splitDataset(dataset)).toThrow('source "fixture-source" describes more than one meeting');
  });

  test('the embedded dataset written as a corpus reads back with every record, each known by its readout', () => {
    const dataset = embedded();
    const files = splitDataset(dataset);
    const { dataset: back, origins } = assembleCorpus(Object.entries(files).map(([file, raw]) => ({ file, raw })));
    const ns = (id: string) => `xian-2023-fm-readout/${id}`;
    expect(back.commitments.map((c) => c.id)).toEqual(dataset.commitments.map((c) => ns(c.id)));
    expect(back.events.map((e) => e.id)).toEqual(dataset.events.map((e) => ns(e.id)));
    expect(back.relationships).toHaveLength(dataset.relationships.length);
    expect(back.countries).toEqual(dataset.countries);
    expect(back.domains).toEqual(dataset.domains);
    expect(back.sources[0]?.meetingId).toBe(ns('fm-meeting-4-xian'));
    expect(origins.commitments?.[3]).toBe(`readouts/xian-2023-fm-readout.json › commitments[3] "${dataset.commitments[3]?.id}"`);
    expect(findIntegrityProblems(back, { 'xian-2023-fm-readout': SOURCE_TEXT }, new Set(), origins)).toEqual([]);
  });
});
