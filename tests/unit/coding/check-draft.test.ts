import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../src/coding/check-draft';
import { codedSentences, draftToReadout, type Draft } from '../../../src/coding/draft';
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
