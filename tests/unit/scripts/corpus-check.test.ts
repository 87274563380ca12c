import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE_CORPUS, runScript, writeCorpusFolder, writeRecodedReadout, type CorpusFiles } from './run-script';

const check = (folder: string) => runScript('data-check.ts', folder);

/** A readout of the copied corpus, by name; its records are there (the fixture has them). */
const R = (files: CorpusFiles, name: string) => files.readouts[`${name}.json`]!;
/** The n-th commitment of a readout. */
const C = (files: CorpusFiles, name: string, n: number) => R(files, name).commitments[n]!;

describe('npm run data:check on a corpus folder', () => {
  test('merges the readouts and prints a summary per readout: its statements, new and linked', () => {
    const { status, stdout } = check(FIXTURE_CORPUS);
    expect(status).toBe(0);
    expect(stdout).toMatch(/✓ tests\/fixtures\/corpus\/corpus\.json: valid; 64 quotes and 14 cues/);
    expect(stdout).toMatch(/readouts\/fm-2023\.json\s+2023-04-27\s+4\s+4\s+0\s+0\s+0\n\s+fr, complete; Foreign ministers' meeting no\. 4; published 2023-04-27/);
    expect(stdout).toMatch(/readouts\/fm-2024\.json\s+2024-12-05\s+4\s+2\s+1\s+1\s+0/);
    expect(stdout).toMatch(/readouts\/summit-2025\.json\s+2025-06-17\s+3\s+1\s+1\s+0\s+1\n\s+en, excerpt; Summit no\. 2; published not recorded/);
    expect(stdout).toMatch(/commitments \(coded statements\)\s+11/);
  });

  const rejects: [string, (files: CorpusFiles) => void, string][] = [
    ['a statement dated after its source', (f) => (C(f, 'fm-2023', 1).stated.start = '2024-01-10'),
      'readouts/fm-2023.json › commitments[1] "railway-study" › stated: stated from 2024-01-10, after the day its source is dated (2023-04-27)'],
    ['two meetings of one series and number on different dates', (f) => (R(f, 'fm-2024').meeting!.seriesNumber = 4),
      'readouts/fm-2024.json › meeting "fm-meeting-5" › seriesNumber: meeting 4 of the "foreign-ministers" series is dated 2024-12-05 here and 2023-04-27 in readouts/fm-2023.json › meeting "fm-meeting-4"'],
    ['numbered meetings out of date order', (f) => (R(f, 'fm-2024').meeting!.seriesNumber = 3),
      'readouts/fm-2024.json › meeting "fm-meeting-5" › seriesNumber: meeting 3 of the "foreign-ministers" series (2024-12-05) and meeting 4 (2023-04-27, readouts/fm-2023.json › meeting "fm-meeting-4") are numbered against their dates'],
    ['a repetition across readouts without a link', (f) => delete C(f, 'fm-2024', 0).links,
      'readouts/fm-2024.json › commitments[0] "trade-volume" › links: says what readouts/fm-2023.json › commitments[0] "trade-volume" says (94 % alike, same parties) in another readout'],
    ['the same person twice in the registry', (f) => f.registry.people!.push({ ...f.registry.people![0]!, id: 'gang-qin' }),
      'registry.json › people[5] "gang-qin": the same person as registry.json › people[0] "qin-gang" (both are "qin gang"): keep one'],
    ['a link to a later readout', (f) => (C(f, 'fm-2023', 3).links = [{ ...C(f, 'fm-2024', 0).links![0]!, commitmentId: 'fm-2024/customs-digitalisation' }]),
      'readouts/fm-2023.json › commitments[3] "digital-economy-support" › links[0] › commitmentId: "fm-2024/customs-digitalisation" is from a later source (2024-12-05, after 2023-04-27)'],
    ['a link to a statement that is not there', (f) => (C(f, 'fm-2024', 0).links![0]!.commitmentId = 'fm-2023/trade'),
      'readouts/fm-2024.json › commitments[0] "trade-volume" › links[0] › commitmentId: unknown commitment "fm-2023/trade"'],
    ['a domain no registry holds', (f) => (C(f, 'summit-2025', 2).domainIds = ['space']),
      'readouts/summit-2025.json › commitments[2] "digital-growth-engine" › domainIds[0]: unknown domain "space"'],
    ['a status reported by an older readout', (f) => (C(f, 'fm-2024', 2).statusHistory[0]!.evidence = C(f, 'fm-2023', 0).evidence[0]!),
      'readouts/fm-2024.json › commitments[2] "customs-digitalisation" › statusHistory[0] › evidence: reported by "fm-2023-readout"'],
    ['a source published before the day it is dated', (f) => (R(f, 'fm-2024').source.published = '2024-12-01'),
      'readouts/fm-2024.json › source "fm-2024-readout" › published: 2024-12-01 is before the day the text is dated (2024-12-05)'],
    ['a readout the manifest lists but the folder lacks', (f) => f.corpus.readouts.push('readouts/fm-2026.json'),
      'corpus.json › readouts[3]: "readouts/fm-2026.json" was not among the files opened'],
    ['a field of the wrong form in one readout', (f) => (R(f, 'summit-2025').source.extent = 'partial' as 'excerpt'),
      'readouts/summit-2025.json › source › extent: "partial" is not one of "complete"|"excerpt"'],
  ];

  test.each(rejects)('rejects %s, naming file, record and field', (_, change, message) => {
    const { status, stderr } = check(writeCorpusFolder(change));
    expect(status).toBe(1);
    expect(stderr).toContain(message);
  });
});

describe('npm run data:merge', () => {
  test('merges a corpus into one dataset file with its sources, which passes data:check as it is', () => {
    const out = mkdtempSync(join(tmpdir(), 'merged-'));
    const merged = runScript('merge-corpus.ts', FIXTURE_CORPUS, out);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toContain('3 readouts, 11 statements merged');
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as { commitments: { id: string }[] };
    expect(dataset.commitments.map((c) => c.id).slice(0, 2)).toEqual(['fm-2023/trade-volume', 'fm-2023/railway-study']);
    const { status, stdout } = runScript('data-check.ts', join(out, 'dataset.json'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/fm-2024-readout\s+2024-12-05\s+4\s+2\s+1\s+1\s+0/);
  });

  test('refuses a corpus that fails its checks, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'merged-')), 'out');
    const { status, stderr } = runScript('merge-corpus.ts', writeCorpusFolder((f) => (C(f, 'fm-2023', 1).stated.start = '2024-01-10')), out);
    expect(status).toBe(1);
    expect(stderr).toContain('readouts/fm-2023.json › commitments[1] "railway-study" › stated: stated from 2024-01-10');
    expect(() => readFileSync(join(out, 'dataset.json'))).toThrow();
  });
});

describe('npm run data:check on a readout file alone', () => {
  test('checks it beside the embedded dataset, with its registry, in place of the embedded readout of the same source', () => {
    const { status, stdout } = runScript('data-check.ts', writeRecodedReadout(3));
    expect(status).toBe(0);
    expect(stdout).toMatch(/xian-recoded\.json\s+2023-04-26\s+3\s+3\s+0\s+0\s+0/);
    expect(stdout).not.toContain('(embedded)');
  });

  test('names the readout file and record of a problem', () => {
    const path = writeRecodedReadout(3, (r) => (r.commitments[1]!.domainIds = ['space']));
    const { status, stderr } = runScript('data-check.ts', path);
    expect(status).toBe(1);
    expect(stderr).toContain('xian-recoded.json › commitments[1] "recoded-2" › domainIds[0]: unknown domain "space"');
  });
});
