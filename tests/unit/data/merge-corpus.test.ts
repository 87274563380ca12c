import { describe, expect, test } from 'vitest';
import type { CorpusFile, ReadoutFile, RegistryFile } from '../../../src/data/corpus-schema';
import { mergeCorpus, type CorpusPart } from '../../../src/data/merge-corpus';
import type { Relationship } from '../../../src/data/schema';
import { corpusFiles } from '../../fixtures/load-corpus';

/** The test corpus's files as mergeCorpus takes them: its manifest, registry and three readouts. */
function corpus() {
  const files = corpusFiles();
  const raw = (file: string) => structuredClone(files.find((f) => f.file === file)!.raw);
  return {
    manifest: raw('corpus.json') as CorpusFile,
    registry: { file: 'registry.json', value: raw('registry.json') as RegistryFile },
    readouts: ['fm-2023', 'fm-2024', 'summit-2025'].map((name) => ({ file: `readouts/${name}.json`, value: raw(`readouts/${name}.json`) as ReadoutFile })),
  };
}

describe('mergeCorpus', () => {
  test('names each registry record by its file and place, in the registry\'s order', () => {
    const { manifest, registry, readouts } = corpus();
    const { dataset, origins } = mergeCorpus(manifest, [registry], readouts);
    expect(origins.countries).toEqual(['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].map((id, i) => `registry.json › countries[${i}] "${id}"`));
    expect(origins.places).toEqual(['registry.json › places[0] "xian"', 'registry.json › places[1] "chengdu"', 'registry.json › places[2] "astana"']);
    expect(origins.people).toEqual(['qin-gang', 'murat-nurtleu', 'wang-yi', 'kassym-jomart-tokayev', 'xi-jinping'].map((id, i) => `registry.json › people[${i}] "${id}"`));
    expect(origins.domainGroups).toEqual(['politics', 'security', 'economy', 'connectivity'].map((id, i) => `registry.json › domainGroups[${i}] "${id}"`));
    expect(origins.domains).toEqual(['good-neighbourliness', 'security-cooperation', 'trade', 'digital-economy', 'customs', 'railways'].map((id, i) => `registry.json › domains[${i}] "${id}"`));
    expect(dataset.domainGroups.map((g) => g.id)).toEqual(['politics', 'security', 'economy', 'connectivity']);
    expect(dataset.countries).toEqual(registry.value.countries);
  });

  test('names each readout record by its file and its own id, in the readouts\' order', () => {
    const { manifest, registry, readouts } = corpus();
    const { dataset, origins } = mergeCorpus(manifest, [registry], readouts);
    expect(origins.sources).toEqual([
      'readouts/fm-2023.json › source "fm-2023-readout"',
      'readouts/fm-2024.json › source "fm-2024-readout"',
      'readouts/summit-2025.json › source "summit-2025-readout"',
    ]);
    expect(origins.meetings).toEqual([
      'readouts/fm-2023.json › meeting "fm-meeting-4"',
      'readouts/fm-2024.json › meeting "fm-meeting-5"',
      'readouts/summit-2025.json › meeting "summit-2"',
    ]);
    expect(origins.events).toEqual([
      'readouts/fm-2023.json › events[0] "fm-meeting-4-held"',
      'readouts/fm-2024.json › events[0] "fm-meeting-5-held"',
      'readouts/summit-2025.json › events[0] "summit-2-held"',
      'readouts/summit-2025.json › events[1] "treaty-signed"',
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['fm-2023/fm-meeting-4-held', 'fm-2024/fm-meeting-5-held', 'summit-2025/summit-2-held', 'summit-2025/treaty-signed']);
    expect(origins.commitments?.slice(8)).toEqual([
      'readouts/summit-2025.json › commitments[0] "neighbourliness-treaty"',
      'readouts/summit-2025.json › commitments[1] "trade-volume"',
      'readouts/summit-2025.json › commitments[2] "digital-growth-engine"',
    ]);
    expect(origins.relationships).toEqual([]);
    expect(dataset.relationships).toEqual([]);
  });

  test('prefixes a readout\'s relationships and the events its statements refer to', () => {
    const { manifest, registry, readouts } = corpus();
    const partners: Relationship = { id: 'chn-kaz-partners', countryIds: ['CHN', 'KAZ'], kind: 'partnership', label: { en: 'Partners', fr: 'Partenaires' }, evidence: readouts[2]!.value.commitments[0]!.evidence };
    readouts[2]!.value.relationships = [partners];
    const { dataset, origins } = mergeCorpus(manifest, [registry], readouts);
    expect(dataset.relationships).toEqual([{ ...partners, id: 'summit-2025/chn-kaz-partners' }]);
    expect(origins.relationships).toEqual(['readouts/summit-2025.json › relationships[0] "chn-kaz-partners"']);
    expect(dataset.commitments.find((c) => c.id === 'summit-2025/neighbourliness-treaty')?.eventIds).toEqual(['summit-2025/treaty-signed']);
  });

  test('takes each registry\'s records side by side, whatever collections it holds', () => {
    const { manifest, registry, readouts } = corpus();
    const more: CorpusPart<RegistryFile> = { file: 'more/people.json', value: { schemaVersion: 3, kind: 'registry', people: [{ ...registry.value.people![0]!, id: 'li-qiang' }] } };
    const { dataset, origins } = mergeCorpus(manifest, [registry, more], readouts);
    expect(dataset.people.map((p) => p.id)).toEqual(['qin-gang', 'murat-nurtleu', 'wang-yi', 'kassym-jomart-tokayev', 'xi-jinping', 'li-qiang']);
    expect(origins.people?.[5]).toBe('more/people.json › people[0] "li-qiang"');
    expect(dataset.countries).toHaveLength(6);
    expect(origins.places).toHaveLength(3);
  });

  test('points a readout\'s source to the meeting it describes, or to another readout\'s as written, or to none', () => {
    const { manifest, registry, readouts } = corpus();
    const [fm2023, fm2024, summit] = readouts.map((r) => r.value);
    delete fm2023!.source.meetingId;
    delete fm2024!.meeting;
    fm2024!.source.meetingId = 'fm-2023/fm-meeting-4';
    delete summit!.meeting;
    delete summit!.source.meetingId;
    const { dataset, origins } = mergeCorpus(manifest, [registry], readouts);
    expect(dataset.sources.map((s) => s.meetingId)).toEqual(['fm-2023/fm-meeting-4', 'fm-2023/fm-meeting-4', undefined]);
    expect('meetingId' in dataset.sources[2]!).toBe(false);
    expect(dataset.meetings.map((m) => [m.id, m.eventId])).toEqual([['fm-2023/fm-meeting-4', 'fm-2023/fm-meeting-4-held']]);
    expect(origins.meetings).toEqual(['readouts/fm-2023.json › meeting "fm-meeting-4"']);
  });

  test('keeps a source\'s own meeting reference over the meeting its readout describes', () => {
    const { manifest, registry, readouts } = corpus();
    readouts[1]!.value.source.meetingId = 'fm-2023/fm-meeting-4';
    const { dataset } = mergeCorpus(manifest, [registry], readouts);
    expect(dataset.sources[1]?.meetingId).toBe('fm-2023/fm-meeting-4');
  });

  test('prefixes a link by a statement\'s own id to its readout, and adds none where there is no link', () => {
    const { manifest, registry, readouts } = corpus();
    const fm2024 = readouts[1]!.value;
    fm2024.commitments[3]!.links = [{ ...fm2024.commitments[0]!.links![0]!, commitmentId: 'customs-digitalisation' }];
    const { dataset } = mergeCorpus(manifest, [registry], readouts);
    expect(dataset.commitments.find((c) => c.id === 'fm-2024/neighbourliness-plan')?.links?.map((l) => l.commitmentId)).toEqual(['fm-2024/customs-digitalisation']);
    expect('links' in dataset.commitments.find((c) => c.id === 'fm-2023/trade-volume')!).toBe(false);
  });

  test('titles the corpus by its manifest, or without one by its only readout\'s source, or by how many readouts it has', () => {
    const { manifest, registry, readouts } = corpus();
    expect(mergeCorpus(manifest, [registry], readouts).dataset.title).toEqual(manifest.title);
    expect(mergeCorpus(null, [registry], readouts.slice(2)).dataset.title).toEqual({
      en: 'Readout of the second China–Central Asia Summit, Astana, 17 June 2025 (excerpt)',
      fr: 'Compte rendu du deuxième sommet Chine–Asie centrale, Astana, 17 juin 2025 (extrait)',
    });
    expect(mergeCorpus(null, [registry], readouts).dataset.title).toEqual({ en: '3 readouts', fr: '3 comptes rendus' });
    expect(mergeCorpus(null, [registry], []).dataset.title).toEqual({ en: '0 readouts', fr: '0 comptes rendus' });
  });
});
