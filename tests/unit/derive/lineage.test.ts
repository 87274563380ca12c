import { describe, expect, test } from 'vitest';
import { describeFilters } from '../../../src/derive/describe-filters';
import { describeSource } from '../../../src/derive/describe-source';
import { filterCommitments } from '../../../src/derive/filter-commitments';
import { chainOf, countByReadout, lineageOf } from '../../../src/derive/lineage';
import { readoutLabel } from '../../../src/derive/readout-label';
import { EVERY_RECORD, NO_FILTERS } from '../../../src/filters/filter-state';
import { loadCorpus } from '../../fixtures/load-corpus';

const { dataset } = loadCorpus();
const byId = (id: string) => dataset.commitments.find((c) => c.id === id)!;

describe('a pledge\'s life across readouts', () => {
  test('is its chain of links, oldest readout first, from wherever it is entered', () => {
    const trade = ['fm-2023/trade-volume', 'fm-2024/trade-volume', 'summit-2025/trade-volume'];
    for (const id of trade) expect(chainOf(dataset, id).map((step) => step.commitment.id)).toEqual(trade);
    expect(chainOf(dataset, 'fm-2023/trade-volume').map((step) => step.lineage)).toEqual(['new', 'repeats', 'repeats']);
    expect(chainOf(dataset, 'summit-2025/neighbourliness-treaty').map((step) => [step.commitment.id, step.lineage])).toEqual([
      ['fm-2024/neighbourliness-plan', 'new'],
      ['summit-2025/neighbourliness-treaty', 'supersedes'],
    ]);
  });

  test('is a chain of one for a statement nothing links to', () => {
    expect(chainOf(dataset, 'fm-2023/security-cooperation').map((step) => step.commitment.id)).toEqual(['fm-2023/security-cooperation']);
  });

  test('names a statement by its strongest link: supersedes, then advances, then repeats', () => {
    const c = byId('fm-2024/trade-volume');
    expect(lineageOf(c)).toBe('repeats');
    expect(lineageOf({ ...c, links: [...(c.links ?? []), { ...c.links![0]!, kind: 'advances' }] })).toBe('advances');
    expect(lineageOf({ ...c, links: [] })).toBe('new');
  });

  test('counts, per readout, what is new and what repeats, advances or supersedes, over the statements given', () => {
    const counts = countByReadout(dataset, filterCommitments(dataset, EVERY_RECORD));
    expect(counts.map((r) => [r.source.id, r.statements, r.lineage])).toEqual([
      ['fm-2023-readout', 4, { new: 4, repeats: 0, advances: 0, supersedes: 0 }],
      ['fm-2024-readout', 4, { new: 2, repeats: 1, advances: 1, supersedes: 0 }],
      ['summit-2025-readout', 3, { new: 1, repeats: 1, advances: 0, supersedes: 1 }],
    ]);
    // Kazakhstan is not party to the railway: the 2024 readout's advance on it is not counted for Kazakhstan.
    const kaz = countByReadout(dataset, filterCommitments(dataset, { ...NO_FILTERS, countries: ['KAZ'] }));
    expect(kaz[1]?.lineage).toEqual({ new: 2, repeats: 1, advances: 0, supersedes: 0 });
  });
});

describe('each pledge once', () => {
  test('leaves out what a later statement shown repeats, advances or supersedes: a chain counts at its latest mention', () => {
    const once = filterCommitments(dataset, { ...EVERY_RECORD, latestOnly: true }).map((c) => c.id);
    expect(once).toEqual([
      'fm-2023/security-cooperation', 'fm-2023/digital-economy-support', 'fm-2024/railway-study', 'fm-2024/customs-digitalisation',
      'summit-2025/neighbourliness-treaty', 'summit-2025/trade-volume', 'summit-2025/digital-growth-engine',
    ]);
    // Without the later readouts shown, the earlier mention is the latest one shown, and counts.
    expect(filterCommitments(dataset, { ...EVERY_RECORD, latestOnly: true, sources: ['fm-2023-readout'] })).toHaveLength(4);
    expect(describeFilters({ ...NO_FILTERS, latestOnly: true }, dataset, 'en')).toBe('Each pledge once, at its latest mention');
  });
});

describe('readouts named and filtered', () => {
  test('a readout is named by its meeting, the meeting\'s place and its day, in each language', () => {
    expect(readoutLabel(dataset.sources[0]!, dataset, 'en')).toBe("Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023");
    expect(readoutLabel(dataset.sources[2]!, dataset, 'fr')).toBe('Sommet no 2, Astana · 17 juin 2025');
    const withoutMeeting = { ...dataset.sources[1]!, meetingId: undefined };
    expect(readoutLabel(withoutMeeting, dataset, 'en')).toMatch(/^.+ · 5 Dec 2024$/);
  });

  test('a source is described in full for CSV, and without what is not recorded for an image', () => {
    const summit = dataset.sources[2]!;
    expect(describeSource(summit, dataset, 'en')).toBe(`${summit.title.en} (Summit no. 2, Astana; English; excerpt; publication date not recorded; address not recorded)`);
    expect(describeSource(summit, dataset, 'en', true)).toBe(`${summit.title.en} (Summit no. 2, Astana; English; excerpt)`);
    expect(describeSource(dataset.sources[0]!, dataset, 'fr', true)).toMatch(/\(Réunion des ministres des Affaires étrangères no 4, Xi’an; français; texte complet; publié le 27 avr\. 2023\)$/);
  });

  test('choosing readouts shows only their statements, and the words say which', () => {
    const filters = { ...NO_FILTERS, sources: ['fm-2024-readout'] };
    expect(filterCommitments(dataset, filters).map((c) => c.id)).toEqual(['fm-2024/trade-volume', 'fm-2024/railway-study', 'fm-2024/customs-digitalisation', 'fm-2024/neighbourliness-plan']);
    expect(describeFilters(filters, dataset, 'en')).toBe("Foreign ministers' meeting no. 5, Chengdu · 5 Dec 2024");
    expect(describeFilters({ ...NO_FILTERS, sources: ['fm-2023-readout', 'summit-2025-readout'] }, dataset, 'en')).toBe("Foreign ministers' meeting no. 4, Xi'an · 27 Apr 2023; Summit no. 2, Astana · 17 Jun 2025");
  });

  test('a year\'s readouts, when more than one, are said as that year\'s', () => {
    const twice = { ...dataset, sources: [...dataset.sources, { ...dataset.sources[2]!, id: 'summit-2025-copy', meetingId: undefined }] };
    expect(describeFilters({ ...NO_FILTERS, sources: ['summit-2025-readout', 'summit-2025-copy'] }, twice, 'en')).toBe('Readouts of 2025');
    expect(describeFilters({ ...NO_FILTERS, sources: ['summit-2025-readout'] }, twice, 'fr')).toBe('Sommet no 2, Astana · 17 juin 2025');
  });
});

describe('a chain step', () => {
  test('carries its readout and the links it makes to earlier statements', () => {
    const steps = chainOf(dataset, 'fm-2024/trade-volume');
    expect(steps.map((step) => step.source?.id)).toEqual(['fm-2023-readout', 'fm-2024-readout', 'summit-2025-readout']);
    expect(steps.map((step) => step.from)).toEqual([[], [{ kind: 'repeats', commitmentId: 'fm-2023/trade-volume' }], [{ kind: 'repeats', commitmentId: 'fm-2024/trade-volume' }]]);
  });

  test('of one readout with another keeps the dataset\'s order, whichever statement the chain is entered from', () => {
    // A second 2024 statement on trade, listed before the first, that also repeats the 2023 one.
    const extra = { ...byId('fm-2024/trade-volume'), id: 'fm-2024/trade-extra' };
    const at = dataset.commitments.findIndex((c) => c.id === 'fm-2024/trade-volume');
    const withExtra = { ...dataset, commitments: [...dataset.commitments.slice(0, at), extra, ...dataset.commitments.slice(at)] };
    const expected = ['fm-2023/trade-volume', 'fm-2024/trade-extra', 'fm-2024/trade-volume', 'summit-2025/trade-volume'];
    expect(chainOf(withExtra, 'summit-2025/trade-volume').map((step) => step.commitment.id)).toEqual(expected);
    expect(chainOf(withExtra, 'fm-2023/trade-volume').map((step) => step.commitment.id)).toEqual(expected);
  });

  test('there is none for a statement the dataset does not have', () => {
    expect(chainOf(dataset, 'fm-2030/gone')).toEqual([]);
  });

  test('two statements linking to one the dataset does not have are not one chain', () => {
    const missing = { kind: 'repeats' as const, commitmentId: 'fm-2022/gone', evidence: byId('fm-2024/trade-volume').links![0]!.evidence };
    const orphans = {
      ...dataset,
      commitments: dataset.commitments.map((c) => (c.id === 'fm-2023/security-cooperation' || c.id === 'fm-2023/digital-economy-support' ? { ...c, links: [missing] } : c)),
    };
    expect(chainOf(orphans, 'fm-2023/security-cooperation').map((step) => step.commitment.id)).toEqual(['fm-2023/security-cooperation']);
  });

  test('whose readout the dataset does not list comes first, and is not counted for any readout', () => {
    const unlisted = { ...byId('fm-2023/trade-volume'), evidence: [{ ...byId('fm-2023/trade-volume').evidence[0]!, sourceId: 'fm-2022-readout' }] };
    const withUnlisted = { ...dataset, commitments: dataset.commitments.map((c) => (c.id === unlisted.id ? unlisted : c)) };
    expect(chainOf(withUnlisted, 'summit-2025/trade-volume').map((step) => [step.commitment.id, step.source?.id])).toEqual([
      ['fm-2023/trade-volume', undefined],
      ['fm-2024/trade-volume', 'fm-2024-readout'],
      ['summit-2025/trade-volume', 'summit-2025-readout'],
    ]);
    expect(chainOf(withUnlisted, 'fm-2023/trade-volume').map((step) => step.commitment.id)).toEqual(['fm-2023/trade-volume', 'fm-2024/trade-volume', 'summit-2025/trade-volume']);
    expect(countByReadout(withUnlisted, withUnlisted.commitments).map((r) => r.statements)).toEqual([3, 4, 3]);
  });
});
