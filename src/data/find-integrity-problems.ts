import { corpusProblems } from './corpus-problems';
import { dateProblems } from './date-problems';
import { runAtOnce, runInSlices } from './slices';
import type { Collection, Origins } from './merge-corpus';
import { quoteProblem } from './quote-problem';
import type { Dataset, Evidence, Span, TimeRange } from './schema';
import { statementProblems } from './statement-problems';

/** The interface languages every quote must be readable in. */
const INTERFACE_LANGUAGES = ['en', 'fr'] as const;

/** The text of each source document, by source id. */
export type SourceTexts = Readonly<Record<string, string>>;

/**
 * Everything the schema cannot see: unique ids, references that resolve, quotes found verbatim
 * at their offsets, ordered date ranges, and spellings that the sources really use.
 * Returns one message per problem, each naming the record and field; none when all is well.
 * Sources in `reported` were found unreadable already: their missing text is not reported again.
 * A merged corpus names each record by the file and place its author wrote it (`origins`).
 */
export function findIntegrityProblems(dataset: Dataset, texts: SourceTexts, reported: ReadonlySet<string> = new Set(), origins: Origins = {}): string[] {
  return runAtOnce(integritySteps(dataset, texts, reported, origins));
}

/** The same checks as findIntegrityProblems, in slices between which the page may paint and answer input. */
export function findIntegrityProblemsInSlices(dataset: Dataset, texts: SourceTexts, reported: ReadonlySet<string> = new Set(), origins: Origins = {}): Promise<string[]> {
  return runInSlices(integritySteps(dataset, texts, reported, origins));
}

/** Statements checked between two breaths. */
const SLICE = 500;

function* integritySteps(dataset: Dataset, texts: SourceTexts, reported: ReadonlySet<string>, origins: Origins): Generator<void, string[]> {
  const problems: string[] = [];
  const report = (where: string, message: string) => problems.push(`${where}: ${message}`);
  const at = recordAt(origins);

  uniqueIds('sources', dataset.sources, report, at);
  const ids = {
    countries: uniqueIds('countries', dataset.countries, report, at),
    places: uniqueIds('places', dataset.places, report, at),
    people: uniqueIds('people', dataset.people, report, at),
    events: uniqueIds('events', dataset.events, report, at),
    domainGroups: uniqueIds('domainGroups', dataset.domainGroups, report, at),
    domains: uniqueIds('domains', dataset.domains, report, at),
  };
  uniqueIds('meetings', dataset.meetings, report, at);
  uniqueIds('relationships', dataset.relationships, report, at);
  uniqueIds('commitments', dataset.commitments, report, at);

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

  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const onePiece = (path: string, item: Evidence | Span) => {
    const source = sourcesById.get(item.sourceId);
    if (!source) return report(`${path} › sourceId`, `unknown source "${item.sourceId}"`);
    const problem = quoteProblem(item, texts[item.sourceId]);
    if (problem) report(path, problem);
    if ('translations' in item) translationProblems(item, source.language).forEach((p) => report(`${path} › translations`, p));
  };
  const evidence = (where: string, list: readonly Evidence[]) => list.forEach((item, i) => onePiece(`${where} › evidence[${i}]`, item));
  const date = (where: string, field: string, when: TimeRange, quotes: readonly Evidence[]) => {
    dateProblems(when, quotes).forEach((p) => report(`${where} › ${field}`, p));
    if (when.wordingAt) onePiece(`${where} › ${field} › wordingAt`, when.wordingAt);
  };

  dataset.sources.forEach((source, i) => {
    if (texts[source.id] === undefined && !reported.has(source.id)) report(`${at('sources', i, source.id)} › file`, `the source file "${source.file}" could not be read`);
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
    date(where, 'when', e.when, e.evidence);
    evidence(where, e.evidence);
  });
  dataset.meetings.forEach((m, i) => {
    const where = at('meetings', i, m.id);
    if (m.placeId !== undefined) ref(where, 'placeId', m.placeId, ids.places, 'place');
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
  for (const [i, c] of dataset.commitments.entries()) {
    if (i % SLICE === SLICE - 1) yield;
    const where = at('commitments', i, c.id);
    refs(where, 'makerIds', c.makerIds, ids.countries, 'country');
    refs(where, 'partnerIds', c.partnerIds, ids.countries, 'country');
    refs(where, 'countryIds', c.countryIds, ids.countries, 'country');
    refs(where, 'domainIds', c.domainIds, ids.domains, 'domain');
    refs(where, 'eventIds', c.eventIds, ids.events, 'event');
    refs(where, 'speakerIds', c.speakerIds, ids.people, 'person');
    refs(where, 'agreedByIds', c.agreedByIds, ids.people, 'person');
    evidence(where, c.evidence);
    c.cues.forEach((cue, k) => onePiece(`${where} › cues[${k}]`, cue));
    date(where, 'stated', c.stated, c.evidence);
    if (c.agreed) date(where, 'agreed', c.agreed, c.evidence);
    c.statusHistory.forEach((entry, k) => onePiece(`${where} › statusHistory[${k}] › evidence`, entry.evidence));
    statementProblems(c, sourcesById).forEach(([field, message]) => report(`${where} › ${field}`, message));
    c.links?.forEach((link, k) => onePiece(`${where} › links[${k}] › evidence`, link.evidence));
  }
  yield;
  corpusProblems(dataset, at).forEach(([where, message]) => report(where, message));
  return problems;
}

/** Names a record as its author finds it: by file and place in a corpus, by collection and index otherwise. */
export function recordAt(origins: Origins) {
  return (collection: Collection, index: number, recordId: string) => origins[collection]?.[index] ?? `${collection}[${index}] "${recordId}"`;
}

function uniqueIds(
  collection: Collection,
  records: readonly { id: string }[],
  report: (where: string, message: string) => void,
  at: ReturnType<typeof recordAt>,
): Set<string> {
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, i);
    else report(at(collection, i, record.id), `duplicate id: ${at(collection, first, record.id)} has it already`);
  });
  return new Set(seen.keys());
}

/** A quote needs a translation into each interface language but its source's own, and none into that. */
function translationProblems(item: Evidence, sourceLanguage: string): string[] {
  return INTERFACE_LANGUAGES.flatMap((language) => {
    const has = item.translations[language] !== undefined;
    if (language === sourceLanguage && has) return [`"${language}" is the source's own language: the quote itself is the text, remove this translation`];
    if (language !== sourceLanguage && !has) return [`missing the "${language}" translation of a quote in "${sourceLanguage}"`];
    return [];
  });
}
