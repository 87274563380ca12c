import { describe, expect, test } from 'vitest';
import { findIntegrityProblems, findIntegrityProblemsInSlices } from '../../../src/data/find-integrity-problems';
import type { Dataset } from '../../../src/data/schema';
import { countBreaths } from '../../fixtures/count-breaths';
import { FIXTURE_TEXTS, fixtureDay, makeCommitment, makeDataset, quote } from '../../fixtures/make-dataset';
import { span } from '../../fixtures/make-dataset';

const problemsOf = (dataset: Dataset, texts: Record<string, string> = FIXTURE_TEXTS) => findIntegrityProblems(dataset, texts);

describe('findIntegrityProblems', () => {
  test('finds nothing wrong in a valid dataset', () => {
    expect(problemsOf(makeDataset())).toEqual([]);
  });

  test('reports a duplicate id with its collection and index', () => {
    const dataset = makeDataset();
    dataset.commitments.push(makeCommitment());
    expect(problemsOf(dataset)).toEqual(['commitments[2] "energy-trade": duplicate id: commitments[0] "energy-trade" has it already']);
  });

  test('reports an unknown country reference with record id and field', () => {
    const dataset = makeDataset({ commitments: [makeCommitment({ countryIds: ['CHN', 'KAZ', 'XYZ'] })] });
    expect(problemsOf(dataset)).toEqual(['commitments[0] "energy-trade" › countryIds[2]: unknown country "XYZ"']);
  });

  test('reports an unknown domain reference', () => {
    const dataset = makeDataset({ commitments: [makeCommitment({ domainIds: ['mining'] })] });
    expect(problemsOf(dataset)).toEqual(['commitments[0] "energy-trade" › domainIds[0]: unknown domain "mining"']);
  });

  test('reports unknown event, person and maker references', () => {
    const dataset = makeDataset({
      commitments: [makeCommitment({ eventIds: ['never'], speakerIds: ['nobody'], makerIds: ['ZZZ'], countryIds: ['CHN', 'KAZ', 'ZZZ'] })],
    });
    expect(problemsOf(dataset)).toEqual([
      'commitments[0] "energy-trade" › makerIds[0]: unknown country "ZZZ"',
      'commitments[0] "energy-trade" › countryIds[2]: unknown country "ZZZ"',
      'commitments[0] "energy-trade" › eventIds[0]: unknown event "never"',
      'commitments[0] "energy-trade" › speakerIds[0]: unknown person "nobody"',
    ]);
  });

  test('reports a meeting whose place does not exist', () => {
    const dataset = makeDataset();
    dataset.meetings[0] = { ...dataset.meetings[0]!, placeId: 'atlantis' };
    expect(problemsOf(dataset)).toEqual(['meetings[0] "fixture-meeting" › placeId: unknown place "atlantis"']);
  });

  test('reports a domain in a group that does not exist', () => {
    const dataset = makeDataset();
    dataset.domains[0] = { ...dataset.domains[0]!, groupId: 'misc' };
    expect(problemsOf(dataset)).toEqual(['domains[0] "energy" › groupId: unknown domain group "misc"']);
  });

  test('reports evidence that cites an unknown source', () => {
    const evidence = { ...quote('L’année dernière, la Chine a soutenu le Kirghizstan dans la culture.'), sourceId: 'elsewhere' };
    const dataset = makeDataset({ commitments: [makeCommitment({ evidence: [evidence] })] });
    expect(problemsOf(dataset)).toContain('commitments[0] "energy-trade" › evidence[0] › sourceId: unknown source "elsewhere"');
  });

  test('reports a quote that is not in the source at all', () => {
    const evidence = { ...quote('La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.'), quote: 'La Chine construira une fusée.' };
    const dataset = makeDataset({ commitments: [makeCommitment({ evidence: [evidence] })] });
    expect(problemsOf(dataset)).toEqual([
      'commitments[0] "energy-trade" › evidence[0]: quote not found verbatim in source "fixture-source": "La Chine construira une fusée."',
    ]);
  });

  test('reports a quote whose apostrophe differs from the source', () => {
    const real = quote('L’année dernière, la Chine a soutenu le Kirghizstan dans la culture.');
    const dataset = makeDataset({ commitments: [makeCommitment({ evidence: [{ ...real, quote: real.quote.replace('’', "'") }] })] });
    expect(problemsOf(dataset)[0]).toMatch(/evidence\[0\]: quote not found verbatim/);
  });

  test('reports a quote found elsewhere than its offsets, with the right offsets', () => {
    const real = quote('L’année dernière, la Chine a soutenu le Kirghizstan dans la culture.');
    const dataset = makeDataset({ commitments: [makeCommitment({ evidence: [{ ...real, start: real.start - 1, end: real.end - 1 }], cues: [span('a soutenu')] })] });
    expect(problemsOf(dataset)).toEqual([
      `commitments[0] "energy-trade" › evidence[0]: quote is in source "fixture-source" at ${real.start}–${real.end}, not at ${real.start - 1}–${real.end - 1}`,
    ]);
  });

  test('reports a date range whose start is after its end', () => {
    const dataset = makeDataset();
    const event = dataset.events[1]!;
    dataset.events[1] = { ...event, when: { ...event.when, start: '2024-01-01', end: '2023-01-01' } };
    expect(problemsOf(dataset)).toEqual(['events[1] "last-year" › when: start 2024-01-01 is after end 2023-01-01']);
  });

  test('reports date wording that the event evidence does not contain', () => {
    const dataset = makeDataset();
    const event = dataset.events[1]!;
    dataset.events[1] = { ...event, when: { ...event.when, wording: 'l’an passé' } };
    expect(problemsOf(dataset)).toEqual(['events[1] "last-year" › when: "l’an passé" is not in the record\'s quoted evidence (or give wordingAt)']);
  });

  test('reports a spelling that no source uses', () => {
    const dataset = makeDataset();
    dataset.countries[2] = { ...dataset.countries[2]!, sourceSpellings: ['Kirghizstan', 'Kyrgyzstan'] };
    expect(problemsOf(dataset)).toEqual(['countries[2] "KGZ" › sourceSpellings[1]: "Kyrgyzstan" does not occur in any source']);
  });

  test('reports a source whose text could not be read, once', () => {
    expect(problemsOf(makeDataset(), {})).toEqual(['sources[0] "fixture-source" › file: the source file "sources/fixture.fr.txt" could not be read']);
  });
});

const FIRST = 'Le 1er mars 2024, Qin Gang a reçu à Xi’an le ministre du Kazakhstan.';
const ENERGY = 'La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.';
const CULTURE = 'L’année dernière, la Chine a soutenu le Kirghizstan dans la culture.';
/** A quote of the fixture source one character off its offsets. */
const offByOne = (passage: string) => {
  const q = quote(passage);
  return { ...q, start: q.start + 1, end: q.end + 1 };
};
const misplaced = (passage: string) => {
  const q = quote(passage);
  return `quote is in source "fixture-source" at ${q.start}–${q.end}, not at ${q.start + 1}–${q.end + 1}`;
};

describe('findIntegrityProblems, in every collection', () => {
  test('names a duplicate id in each collection by that collection', () => {
    const dataset = makeDataset();
    dataset.sources.push(dataset.sources[0]!);
    dataset.countries.push(dataset.countries[0]!);
    dataset.places.push(dataset.places[0]!);
    dataset.people.push(dataset.people[0]!);
    dataset.events.push(dataset.events[0]!);
    dataset.domainGroups.push(dataset.domainGroups[0]!);
    dataset.domains.push(dataset.domains[0]!);
    dataset.meetings.push(dataset.meetings[0]!);
    dataset.relationships.push(dataset.relationships[0]!);
    expect(problemsOf(dataset).filter((p) => p.includes('duplicate id'))).toEqual([
      'sources[1] "fixture-source": duplicate id: sources[0] "fixture-source" has it already',
      'countries[3] "CHN": duplicate id: countries[0] "CHN" has it already',
      'places[1] "xian": duplicate id: places[0] "xian" has it already',
      'people[1] "qin-gang": duplicate id: people[0] "qin-gang" has it already',
      'events[2] "meeting-day": duplicate id: events[0] "meeting-day" has it already',
      'domainGroups[2] "economy": duplicate id: domainGroups[0] "economy" has it already',
      'domains[3] "energy": duplicate id: domains[0] "energy" has it already',
      'meetings[1] "fixture-meeting": duplicate id: meetings[0] "fixture-meeting" has it already',
      'relationships[1] "chn-kaz-partners": duplicate id: relationships[0] "chn-kaz-partners" has it already',
    ]);
  });

  test('names an unknown reference in each kind of record, by its field and what it should name', () => {
    const dataset = makeDataset();
    dataset.places[0] = { ...dataset.places[0]!, countryId: 'ATL' };
    dataset.people[0] = { ...dataset.people[0]!, countryId: 'ATL' };
    dataset.events[1] = { ...dataset.events[1]!, countryIds: ['CHN', 'ATL'] };
    dataset.meetings[0] = { ...dataset.meetings[0]!, eventId: 'never-held', participantIds: ['qin-gang', 'nobody'] };
    dataset.relationships[0] = { ...dataset.relationships[0]!, countryIds: ['ATL', 'KAZ'] };
    dataset.commitments[0] = { ...dataset.commitments[0]!, partnerIds: ['ATL'], countryIds: ['CHN', 'KAZ', 'ATL'], agreedByIds: ['nobody'] };
    expect(problemsOf(dataset)).toEqual([
      'places[0] "xian" › countryId: unknown country "ATL"',
      'people[0] "qin-gang" › countryId: unknown country "ATL"',
      'events[1] "last-year" › countryIds[1]: unknown country "ATL"',
      'meetings[0] "fixture-meeting" › eventId: unknown event "never-held"',
      'meetings[0] "fixture-meeting" › participantIds[1]: unknown person "nobody"',
      'relationships[0] "chn-kaz-partners" › countryIds[0]: unknown country "ATL"',
      'commitments[0] "energy-trade" › partnerIds[0]: unknown country "ATL"',
      'commitments[0] "energy-trade" › countryIds[2]: unknown country "ATL"',
      'commitments[0] "energy-trade" › agreedByIds[0]: unknown person "nobody"',
    ]);
  });

  test('checks the quotes of countries, of statuses, of links and of where a date\'s words stand', () => {
    const dataset = makeDataset();
    dataset.countries[0] = { ...dataset.countries[0]!, evidence: [offByOne(FIRST)] };
    const wordingAt = { ...span('Le 1er mars 2024'), start: 1, end: 17 };
    dataset.commitments[0] = {
      ...dataset.commitments[0]!,
      stated: { ...fixtureDay(), wordingAt },
      statusHistory: [{ status: 'announced', asOf: '2024-03-01', evidence: offByOne(ENERGY) }],
    };
    dataset.commitments[1] = { ...dataset.commitments[1]!, links: [{ kind: 'repeats', commitmentId: 'energy-trade', evidence: offByOne(CULTURE) }] };
    expect(problemsOf(dataset)).toEqual([
      `countries[0] "CHN" › evidence[0]: ${misplaced(FIRST)}`,
      'commitments[0] "energy-trade" › stated › wordingAt: text "Le 1er mars 2024" is in source "fixture-source" at 0–16, not at 1–17',
      `commitments[0] "energy-trade" › statusHistory[0] › evidence: ${misplaced(ENERGY)}`,
      `commitments[1] "culture-support" › links[0] › evidence: ${misplaced(CULTURE)}`,
      'commitments[1] "culture-support" › links[0] › commitmentId: "energy-trade" is from the same source ("fixture-source"): a link joins statements of different readouts',
    ]);
  });

  test('reports what only a corpus can get wrong, on any dataset', () => {
    const dataset = makeDataset();
    dataset.sources[0] = { ...dataset.sources[0]!, published: '2024-02-01' };
    expect(problemsOf(dataset)).toEqual([
      'sources[0] "fixture-source" › published: 2024-02-01 is before the day the text is dated (2024-03-01)',
      'sources[0] "fixture-source" › published: 2024-02-01 is before the meeting it reports began (2024-03-01)',
    ]);
  });
});

describe('spellings against the texts of the sources', () => {
  const second = { ...makeDataset().sources[0]!, id: 'second-source', file: 'sources/second.fr.txt' };

  test('are not checked while a source\'s text is missing: that one is reported alone', () => {
    const dataset = makeDataset({ sources: [makeDataset().sources[0]!, second] });
    dataset.countries[1] = { ...dataset.countries[1]!, sourceSpellings: ['Kazakhstan', 'Qazaqstan'] };
    expect(problemsOf(dataset)).toEqual(['sources[1] "second-source" › file: the source file "sources/second.fr.txt" could not be read']);
    expect(problemsOf(dataset, { ...FIXTURE_TEXTS, 'second-source': 'La République du Qazaqstan.' })).toEqual([]);
  });

  test('are looked for in each text, not across the end of one and the start of the next', () => {
    const dataset = makeDataset({ sources: [makeDataset().sources[0]!, second] });
    dataset.countries[1] = { ...dataset.countries[1]!, sourceSpellings: ['Kazakhstan', 'culture.La'] };
    expect(problemsOf(dataset, { ...FIXTURE_TEXTS, 'second-source': 'La République.' })).toEqual([
      'countries[1] "KAZ" › sourceSpellings[1]: "culture.La" does not occur in any source',
    ]);
  });
});

describe('checking many statements in slices', () => {
  test('finds the same problems, letting the page paint after each five hundred statements', async () => {
    const dataset = makeDataset();
    dataset.commitments = Array.from({ length: 1000 }, (_, i) => makeCommitment({ id: `statement-${i}` }));
    dataset.commitments[999] = makeCommitment({ id: 'statement-999', domainIds: ['mining'] });
    const sliced = await countBreaths(() => findIntegrityProblemsInSlices(dataset, FIXTURE_TEXTS));
    expect(sliced.value).toEqual(['commitments[999] "statement-999" › domainIds[0]: unknown domain "mining"']);
    expect(sliced.value).toEqual(findIntegrityProblems(dataset, FIXTURE_TEXTS));
    expect(sliced.breaths).toBe(3);
    expect((await countBreaths(() => findIntegrityProblemsInSlices(makeDataset(), FIXTURE_TEXTS))).breaths).toBe(1);
  });
});
