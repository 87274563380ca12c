import type { Collection } from './merge-corpus';
import type { Commitment, Dataset, Source } from './schema';

type At = (collection: Collection, index: number, recordId: string) => string;

/** Quotes this alike (in English, word pairs shared), with the same parties, say the same thing. */
export const NEAR_IDENTICAL = 0.9;
/** The same likeness as a share of all pairs of the two (Jaccard's index), for the prefix filter. */
const JACCARD = NEAR_IDENTICAL / (2 - NEAR_IDENTICAL);

/**
 * What only a corpus of several readouts can get wrong, checked on any dataset: the same meeting
 * described twice or on two dates, numbered meetings out of order, sources dated against their
 * meetings, statements dated after their source, links that do not point back in time, the same
 * statement in two readouts with no link between them, and one person (country, place, domain)
 * registered twice. Each problem is [where, message].
 */
export function corpusProblems(dataset: Dataset, at: At): [string, string][] {
  return [...meetingProblems(dataset, at), ...sourceProblems(dataset, at), ...statementDateProblems(dataset, at), ...linkProblems(dataset, at), ...duplicateStatements(dataset, at), ...registryDuplicates(dataset, at)];
}

function meetingProblems(dataset: Dataset, at: At): [string, string][] {
  const problems: [string, string][] = [];
  const eventOf = new Map(dataset.events.map((e) => [e.id, e]));
  const startOf = (eventId: string) => eventOf.get(eventId)?.when.start ?? null;
  const numbered = dataset.meetings.flatMap((m, i) => (m.seriesNumber === undefined ? [] : [{ m, i, number: m.seriesNumber, start: startOf(m.eventId) }]));
  numbered.forEach(({ m, i, number, start }, k) => {
    const where = at('meetings', i, m.id);
    for (const other of numbered.slice(0, k)) {
      if (other.m.series !== m.series) continue;
      const them = at('meetings', other.i, other.m.id);
      if (other.number === number) {
        problems.push([`${where} › seriesNumber`, start !== other.start ? `meeting ${number} of the "${m.series}" series is dated ${start ?? 'unknown'} here and ${other.start ?? 'unknown'} in ${them}` : `meeting ${number} of the "${m.series}" series is described already by ${them}: point the source's meetingId to it`]);
      } else if (start !== null && other.start !== null && (number > other.number) !== (start > other.start) && start !== other.start) {
        problems.push([`${where} › seriesNumber`, `meeting ${number} of the "${m.series}" series (${start}) and meeting ${other.number} (${other.start}, ${them}) are numbered against their dates`]);
      }
    }
  });
  // Numbered or not, a meeting is held on an event that is a meeting.
  dataset.meetings.forEach((m, i) => {
    const event = eventOf.get(m.eventId);
    if (event && event.kind !== 'meeting') problems.push([`${at('meetings', i, m.id)} › eventId`, `"${m.eventId}" is a${event.kind === 'agreement' || event.kind === 'anniversary' ? 'n' : ''} ${event.kind}, not a meeting`]);
  });
  return problems;
}

function sourceProblems(dataset: Dataset, at: At): [string, string][] {
  const problems: [string, string][] = [];
  const meetings = new Map(dataset.meetings.map((m) => [m.id, m]));
  const eventOf = new Map(dataset.events.map((e) => [e.id, e]));
  dataset.sources.forEach((s, i) => {
    const where = at('sources', i, s.id);
    if (s.published !== null && s.published < s.date) problems.push([`${where} › published`, `${s.published} is before the day the text is dated (${s.date})`]);
    if (s.meetingId === undefined) return;
    const meeting = meetings.get(s.meetingId);
    if (!meeting) return void problems.push([`${where} › meetingId`, `unknown meeting "${s.meetingId}"`]);
    const start = eventOf.get(meeting.eventId)?.when.start ?? null;
    if (s.published !== null && start !== null && s.published < start) problems.push([`${where} › published`, `${s.published} is before the meeting it reports began (${start})`]);
  });
  return problems;
}

/** The source a statement is coded from: that of its first quote. */
function sourceOf(c: Commitment, sources: ReadonlyMap<string, Source>): Source | undefined {
  return sources.get(c.evidence[0]?.sourceId ?? '');
}

function statementDateProblems(dataset: Dataset, at: At): [string, string][] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const problems: [string, string][] = [];
  dataset.commitments.forEach((c, i) => {
    const source = sourceOf(c, sources);
    if (!source) return;
    const where = at('commitments', i, c.id);
    const first = c.stated.start ?? c.stated.end;
    if (first !== null && first > source.date) problems.push([`${where} › stated`, `stated from ${first}, after the day its source is dated (${source.date})`]);
    c.statusHistory.forEach((entry, k) => {
      const reporter = sources.get(entry.evidence.sourceId);
      if (reporter && reporter.date < source.date) problems.push([`${where} › statusHistory[${k}] › evidence`, `reported by "${reporter.id}" (${reporter.date}), a source older than the statement's own (${source.date})`]);
    });
  });
  return problems;
}

function linkProblems(dataset: Dataset, at: At): [string, string][] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const byId = new Map(dataset.commitments.map((c) => [c.id, c]));
  const problems: [string, string][] = [];
  dataset.commitments.forEach((c, i) => {
    const own = sourceOf(c, sources);
    c.links?.forEach((link, k) => {
      const where = `${at('commitments', i, c.id)} › links[${k}]`;
      const earlier = byId.get(link.commitmentId);
      if (!earlier) return void problems.push([`${where} › commitmentId`, `unknown commitment "${link.commitmentId}"`]);
      if (earlier === c) return void problems.push([`${where} › commitmentId`, 'a statement cannot be linked to itself']);
      const theirs = sourceOf(earlier, sources);
      if (!own || !theirs) return;
      if (theirs.id === own.id) problems.push([`${where} › commitmentId`, `"${earlier.id}" is from the same source ("${own.id}"): a link joins statements of different readouts`]);
      else if (theirs.date > own.date) problems.push([`${where} › commitmentId`, `"${earlier.id}" is from a later source (${theirs.date}, after ${own.date}): link the later statement to the earlier one`]);
      if (link.evidence.sourceId !== own.id && link.evidence.sourceId !== theirs.id) problems.push([`${where} › evidence`, `quotes "${link.evidence.sourceId}", neither of the two statements' sources`]);
    });
  });
  return problems;
}

/** A quote in English: the quote itself in an English source, its translation otherwise. */
function englishOf(c: Commitment, sources: ReadonlyMap<string, Source>): string {
  const [first] = c.evidence;
  if (!first) return '';
  return sources.get(first.sourceId)?.language === 'en' ? first.quote : (first.translations.en ?? first.quote);
}

/** The pairs of neighbouring words of a text, lowercased, without accents or punctuation. */
export function wordPairs(text: string): Set<string> {
  const words = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  if (words.length === 1) pairs.add(words[0] ?? '');
  return pairs;
}

/** How alike two sets of word pairs are: 1 the same, 0 nothing shared (Dice's coefficient). */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function duplicateStatements(dataset: Dataset, at: At): [string, string][] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  if (sources.size < 2) return [];
  const linked = new Set(dataset.commitments.flatMap((c) => (c.links ?? []).map((l) => `${c.id}\n${l.commitmentId}`)));
  const isLinked = (a: string, b: string) => linked.has(`${a}\n${b}`) || linked.has(`${b}\n${a}`);
  const items = dataset.commitments.map((c, i) => ({
    c,
    i,
    source: c.evidence[0]?.sourceId ?? '',
    parties: `${[...c.makerIds].sort().join(',')}→${[...c.partnerIds].sort().join(',')}`,
    pairs: [...wordPairs(englishOf(c, sources))],
  }));
  // Only pairs that share one of their rarest word pairs can be this alike (prefix filtering): a
  // large corpus is not compared pair by pair.
  const frequency = new Map<string, number>();
  for (const item of items) for (const pair of item.pairs) frequency.set(pair, (frequency.get(pair) ?? 0) + 1);
  const byPrefix = new Map<string, typeof items>();
  const candidates = new Map<string, [(typeof items)[number], (typeof items)[number]]>();
  const problems: [string, string][] = [];
  items.forEach((item) => {
    const rarest = [...item.pairs].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1));
    const prefix = rarest.slice(0, rarest.length - Math.ceil(JACCARD * rarest.length) + 1);
    for (const pair of prefix) {
      const key = `${item.parties}\n${pair}`;
      const before = byPrefix.get(key);
      if (!before) byPrefix.set(key, [item]);
      else {
        for (const earlier of before) candidates.set(`${earlier.i} ${item.i}`, [earlier, item]);
        before.push(item);
      }
    }
  });
  for (const [earlier, later] of candidates.values()) {
    if (earlier.source === later.source || isLinked(earlier.c.id, later.c.id)) continue;
    const alike = likeness(new Set(earlier.pairs), new Set(later.pairs));
    if (alike < NEAR_IDENTICAL) continue;
    problems.push([`${at('commitments', later.i, later.c.id)} › links`, `says what ${at('commitments', earlier.i, earlier.c.id)} says (${Math.round(alike * 100)} % alike, same parties) in another readout: link it ("repeats", "advances" or "supersedes") or tell them apart`]);
  }
  return problems;
}

function registryDuplicates(dataset: Dataset, at: At): [string, string][] {
  const problems: [string, string][] = [];
  const once = <T extends { id: string }>(collection: Collection, records: readonly T[], keys: (record: T) => string[], what: string) => {
    const seen = new Map<string, { first: T; i: number }>();
    records.forEach((record, i) => {
      for (const key of new Set(keys(record))) {
        const before = seen.get(key);
        if (!before) seen.set(key, { first: record, i });
        else if (before.first.id !== record.id) problems.push([at(collection, i, record.id), `the same ${what} as ${at(collection, before.i, before.first.id)} (both are "${key.split('\n').pop()}"): keep one`]);
      }
    });
  };
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  once('people', dataset.people, (p) => [`name\n${fold(p.name.en)}`, `name\n${fold(p.name.fr)}`], 'person');
  once('countries', dataset.countries, (c) => [`code\n${c.isoNumeric}`, `name\n${fold(c.name.en)}`], 'country');
  once('places', dataset.places, (p) => [`name\n${p.countryId} ${fold(p.name.en)}`], 'place');
  once('domains', dataset.domains, (d) => [`label\n${fold(d.label.en)}`], 'domain');
  return problems;
}
