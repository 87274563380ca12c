import type { Dataset, Evidence } from './schema';

/** The text of each source document, by source id. */
export type SourceTexts = Readonly<Record<string, string>>;

/**
 * Everything the schema cannot see: unique ids, references that resolve, quotes found verbatim
 * at their offsets, ordered date ranges, and spellings that the sources really use.
 * Returns one message per problem, each naming the record and field; none when all is well.
 */
export function findIntegrityProblems(dataset: Dataset, texts: SourceTexts): string[] {
  const problems: string[] = [];
  const report = (where: string, message: string) => problems.push(`${where}: ${message}`);
  const at = (collection: string, index: number, recordId: string) => `${collection}[${index}] "${recordId}"`;

  const ids = {
    sources: uniqueIds('sources', dataset.sources, report),
    countries: uniqueIds('countries', dataset.countries, report),
    places: uniqueIds('places', dataset.places, report),
    people: uniqueIds('people', dataset.people, report),
    events: uniqueIds('events', dataset.events, report),
    domainGroups: uniqueIds('domainGroups', dataset.domainGroups, report),
    domains: uniqueIds('domains', dataset.domains, report),
  };
  uniqueIds('meetings', dataset.meetings, report);
  uniqueIds('relationships', dataset.relationships, report);
  uniqueIds('commitments', dataset.commitments, report);

  const refs = (where: string, field: string, values: readonly string[], known: Set<string>, what: string) =>
    values.forEach((value, i) => {
      if (!known.has(value)) report(`${where} › ${field}[${i}]`, `unknown ${what} "${value}"`);
    });
  const ref = (where: string, field: string, value: string, known: Set<string>, what: string) => {
    if (!known.has(value)) report(`${where} › ${field}`, `unknown ${what} "${value}"`);
  };

  // Spellings are checked only against complete sources: a missing file is reported once, on itself.
  const allLoaded = dataset.sources.every((source) => texts[source.id] !== undefined);
  const allSourceText = Object.values(texts).join('\n');
  const spellings = (where: string, values: readonly string[]) =>
    values.forEach((spelling, i) => {
      if (allLoaded && !allSourceText.includes(spelling)) report(`${where} › sourceSpellings[${i}]`, `"${spelling}" does not occur in any source`);
    });

  const evidence = (where: string, list: readonly Evidence[]) =>
    list.forEach((item, i) => {
      const path = `${where} › evidence[${i}]`;
      if (!ids.sources.has(item.sourceId)) return report(`${path} › sourceId`, `unknown source "${item.sourceId}"`);
      const problem = quoteProblem(item, texts[item.sourceId]);
      if (problem) report(path, problem);
    });

  dataset.sources.forEach((source, i) => {
    if (texts[source.id] === undefined) report(`${at('sources', i, source.id)} › file`, `the source file "${source.file}" could not be read`);
  });
  dataset.countries.forEach((c, i) => {
    spellings(at('countries', i, c.id), c.sourceSpellings);
    evidence(at('countries', i, c.id), c.evidence);
  });
  dataset.places.forEach((p, i) => {
    const where = at('places', i, p.id);
    ref(where, 'countryId', p.countryId, ids.countries, 'country');
    spellings(where, p.sourceSpellings);
    evidence(where, p.evidence);
  });
  dataset.people.forEach((p, i) => {
    const where = at('people', i, p.id);
    ref(where, 'countryId', p.countryId, ids.countries, 'country');
    spellings(where, p.sourceSpellings);
    evidence(where, p.evidence);
  });
  dataset.events.forEach((e, i) => {
    const where = at('events', i, e.id);
    refs(where, 'countryIds', e.countryIds, ids.countries, 'country');
    if (e.when.start > e.when.end) report(`${where} › when`, `start ${e.when.start} is after end ${e.when.end}`);
    if (!e.evidence.some((item) => item.quote.includes(e.when.wording))) {
      report(`${where} › when › wording`, `"${e.when.wording}" is not in the event's quoted evidence`);
    }
    evidence(where, e.evidence);
  });
  dataset.meetings.forEach((m, i) => {
    const where = at('meetings', i, m.id);
    ref(where, 'placeId', m.placeId, ids.places, 'place');
    ref(where, 'eventId', m.eventId, ids.events, 'event');
    refs(where, 'participantIds', m.participantIds, ids.people, 'person');
    evidence(where, m.evidence);
  });
  dataset.relationships.forEach((r, i) => {
    const where = at('relationships', i, r.id);
    refs(where, 'countryIds', r.countryIds, ids.countries, 'country');
    evidence(where, r.evidence);
  });
  dataset.domains.forEach((d, i) => {
    const where = at('domains', i, d.id);
    ref(where, 'groupId', d.groupId, ids.domainGroups, 'domain group');
    evidence(where, d.evidence);
  });
  dataset.commitments.forEach((c, i) => {
    const where = at('commitments', i, c.id);
    refs(where, 'madeBy › countryIds', c.madeBy.countryIds, ids.countries, 'country');
    refs(where, 'countryIds', c.countryIds, ids.countries, 'country');
    refs(where, 'domainIds', c.domainIds, ids.domains, 'domain');
    refs(where, 'eventIds', c.eventIds, ids.events, 'event');
    refs(where, 'speakerIds', c.speakerIds, ids.people, 'person');
    evidence(where, c.evidence);
  });
  return problems;
}

function uniqueIds(
  collection: string,
  records: readonly { id: string }[],
  report: (where: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.id)) report(`${collection}[${i}]`, `duplicate id "${record.id}"`);
    seen.add(record.id);
  });
  return seen;
}

function quoteProblem(item: Evidence, text: string | undefined): string | undefined {
  if (text === undefined) return undefined; // reported once, on the source itself
  if (item.end <= item.start) return `end ${item.end} is not after start ${item.start}`;
  if (text.slice(item.start, item.end) === item.quote) return undefined;
  const found = text.indexOf(item.quote);
  if (found === -1) return `quote not found verbatim in source "${item.sourceId}": "${abbreviate(item.quote)}"`;
  return `quote is in source "${item.sourceId}" at ${found}–${found + item.quote.length}, not at ${item.start}–${item.end}`;
}

function abbreviate(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
}
