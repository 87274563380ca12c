import { z } from './zod';

/**
 * A lowercase kebab-case id. A record of a corpus readout is known, once merged, by its readout's
 * id and its own, as "readout/record": the same local id may then stand in two readouts.
 */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const id = z.string().check(z.regex(ID, 'a lowercase kebab-case id (readout/id across readouts)'));
const isoDate = z.iso.date();
const text = z.string().check(z.trim(), z.minLength(1));

/** A label every user sees, in both interface languages. */
export const localizedSchema = z.strictObject({ en: text, fr: text });

/** The interface languages a quote may need translating into: never the quote's own language. */
export const translationsSchema = z.strictObject({ en: z.optional(text), fr: z.optional(text) });

/** Where a fact comes from: a verbatim passage of a source document. */
export const evidenceSchema = z.strictObject({
  sourceId: id,
  /** Exact substring of the source text, as it is written there. */
  quote: text,
  /** Offsets into the source text (JavaScript string indices, end exclusive). */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  /**
   * The quote in each interface language other than its source's: a French source has an English
   * translation, an English source a French one. The source's own language is the quote itself.
   */
  translations: translationsSchema,
});

/** A passage of a source, by position only: the words that give a date, or a cue of strength. */
export const spanSchema = z.strictObject({
  sourceId: id,
  /** The words, verbatim. */
  text,
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
});

const evidenceList = z.array(evidenceSchema).check(z.minLength(1));

export const countryIdSchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'));

/** What a source's file path may look like: a relative path to a .txt file, on the page's own origin. */
export const SOURCE_FILE = /^[\w./-]+\.txt$/;

export const sourceSchema = z.strictObject({
  id,
  /** Path of the text file, relative to the dataset file. */
  file: z.string().check(z.regex(SOURCE_FILE, 'a relative path to a .txt file')),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256')),
  title: localizedSchema,
  language: z.string().check(z.regex(/^[a-z]{2}$/, 'a two-letter language code')),
  /** The day the text is dated, or reports on when it carries no date of its own. */
  date: isoDate,
  /** The day it was published, where known; null when our copy does not say. */
  published: z.nullable(isoDate),
  publisher: localizedSchema,
  /** Where it was published, where known; null when our copy does not say. */
  address: z.nullable(z.url({ protocol: /^https?$/, error: 'an http(s) address' })),
  /** Whether we hold the whole text or an excerpt of it. */
  extent: z.enum(['complete', 'excerpt']),
  /** The meeting it reports, where it reports one. */
  meetingId: z.optional(id),
  description: localizedSchema,
});

export const countrySchema = z.strictObject({
  id: countryIdSchema,
  /** ISO 3166-1 numeric code, as world-atlas names its features. */
  isoNumeric: z.string().check(z.regex(/^\d{3}$/, 'a three-digit ISO 3166-1 numeric code')),
  name: localizedSchema,
  /** Every spelling of the country (names, adjectives) that the sources use. */
  sourceSpellings: z.array(text).check(z.minLength(1)),
  evidence: evidenceList,
});

export const placeSchema = z.strictObject({
  id,
  name: localizedSchema,
  countryId: countryIdSchema,
  /** [longitude, latitude] in degrees. */
  coordinates: z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
  sourceSpellings: z.array(text).check(z.minLength(1)),
  evidence: evidenceList,
});

export const personSchema = z.strictObject({
  id,
  /** The name as each language writes it, given name first where that language puts it first. */
  name: localizedSchema,
  sourceSpellings: z.array(text).check(z.minLength(1)),
  countryId: countryIdSchema,
  role: localizedSchema,
  evidence: evidenceList,
});

/**
 * How exactly a source dates something: a day, a month, a year, an approximate span of days,
 * an open-ended range (one bound only: "before 26 April 2023"), or not at all.
 */
export const PRECISIONS = ['day', 'month', 'year', 'span', 'open', 'unknown'] as const;
export const precisionSchema = z.enum(PRECISIONS);

/**
 * A date or period as a source gives it, resolved to a range of days where it can be. A bound
 * the text does not give is null: never an invented day.
 */
export const timeRangeSchema = z.strictObject({
  start: z.nullable(isoDate),
  end: z.nullable(isoDate),
  precision: precisionSchema,
  /** The words of the source that give (or, when unknown, leave open) the date, verbatim. */
  wording: text,
  /** Where those words stand, when they are not in the record's own quotes. */
  wordingAt: z.optional(spanSchema),
  /** How the wording was turned into the range, in both languages. */
  resolution: localizedSchema,
});

export const eventSchema = z.strictObject({
  id,
  title: localizedSchema,
  /** A few words that name it on the timeline, where the full title would not fit. */
  label: z.optional(localizedSchema),
  kind: z.enum(['meeting', 'agreement', 'anniversary', 'period']),
  when: timeRangeSchema,
  countryIds: z.array(countryIdSchema).check(z.minLength(1)),
  evidence: evidenceList,
});

/** The kinds of meeting a readout reports; a series is numbered (the fourth foreign ministers' meeting). */
export const SERIES = ['foreign-ministers', 'summit', 'bilateral', 'other'] as const;

export const meetingSchema = z.strictObject({
  id,
  title: localizedSchema,
  series: z.enum(SERIES),
  /** Which meeting in its series (4 for the fourth), where the series is numbered. */
  seriesNumber: z.optional(z.int().check(z.positive())),
  /** Where the meeting was held, when the source says. */
  placeId: z.optional(id),
  eventId: id,
  participantIds: z.array(id).check(z.minLength(1)),
  evidence: evidenceList,
});

export const relationshipSchema = z.strictObject({
  id,
  countryIds: z.array(countryIdSchema).check(z.minLength(2)),
  kind: z.enum(['partnership', 'community', 'friendship', 'other']),
  label: localizedSchema,
  evidence: evidenceList,
});

/** What a sentence does: the parties say they will; one side calls on others; a stated support or position; a view. */
export const STATEMENT_TYPES = ['undertaking', 'call', 'position', 'assessment'] as const;
export const statementTypeSchema = z.enum(STATEMENT_TYPES);

/**
 * How strongly the wording binds, strongest first (public/data/README.md gives the rule of each):
 * a firm undertaking, an undertaking, an intent to advance or study, a call, a support or
 * position, a view that pledges nothing.
 */
export const STRENGTHS = ['firm', 'undertaking', 'advance', 'call', 'position', 'view'] as const;
export const strengthSchema = z.enum(STRENGTHS);

export const STATUSES = ['announced', 'in-progress', 'completed', 'stalled'] as const;

/** One step of a record's life, as of the day a source reports it. */
export const statusEntrySchema = z.strictObject({
  status: z.enum(STATUSES),
  /** The day of the source that reports this status. */
  asOf: isoDate,
  evidence: evidenceSchema,
});

/** How a later statement relates to an earlier one: says it again, reports progress on it, or replaces it. */
export const LINK_KINDS = ['repeats', 'advances', 'supersedes'] as const;

/** A link from a statement to an earlier one, with the passage that makes the link. */
export const linkSchema = z.strictObject({
  kind: z.enum(LINK_KINDS),
  /** The earlier statement: its id in the same readout, or "readout/id" in another. */
  commitmentId: id,
  evidence: evidenceSchema,
});

/**
 * One coded statement of a source: what it does (type), how strongly (strength, with the
 * verbatim cue words that make it so), by whom and with whom, and when.
 */
export const commitmentSchema = z.strictObject({
  id,
  /** What the sentence says, never more: an undertaking to "promote" is not one to "establish". */
  title: localizedSchema,
  statementType: statementTypeSchema,
  strength: strengthSchema,
  /** The words of the quote that set the strength ("fermement", "doivent", "promouvront"). */
  cues: z.array(spanSchema).check(z.minLength(1)),
  /** Who undertakes, calls, supports or holds the view. */
  makerIds: z.array(countryIdSchema).check(z.minLength(1)),
  /** With or toward whom: partners of an undertaking, those called on, what is supported. */
  partnerIds: z.array(countryIdSchema),
  /** Every country it concerns: at least its makers and partners. */
  countryIds: z.array(countryIdSchema).check(z.minLength(1)),
  /** People the source reports saying it. */
  speakerIds: z.array(id),
  /** Heads of state (or others) whose earlier agreement it reports or rests on. */
  agreedByIds: z.array(id),
  domainIds: z.array(id).check(z.minLength(1)),
  kind: z.enum(['project', 'field', 'political', 'mechanism']),
  /** When the source reports the statement being made. */
  stated: timeRangeSchema,
  /** When it was agreed, where the source says that was earlier than it was stated. */
  agreed: z.optional(timeRangeSchema),
  /** Dated events or periods it refers to. */
  eventIds: z.array(id),
  /** Its statuses, oldest first, each as of the source that reports it (a later readout's, too). */
  statusHistory: z.array(statusEntrySchema).check(z.minLength(1)),
  /** Earlier statements this one repeats, advances or supersedes. */
  links: z.optional(z.array(linkSchema)),
  evidence: evidenceList,
});

export const domainGroupSchema = z.strictObject({
  id,
  label: localizedSchema,
});

export const domainSchema = z.strictObject({
  id,
  groupId: id,
  label: localizedSchema,
  evidence: evidenceList,
});

/** The dataset format this dashboard reads; public/data/README.md says what changed from 1. */
export const SCHEMA_VERSION = 3;

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: localizedSchema,
  sources: z.array(sourceSchema).check(z.minLength(1)),
  meetings: z.array(meetingSchema),
  countries: z.array(countrySchema).check(z.minLength(1)),
  places: z.array(placeSchema),
  people: z.array(personSchema),
  events: z.array(eventSchema),
  relationships: z.array(relationshipSchema),
  domainGroups: z.array(domainGroupSchema).check(z.minLength(1)),
  domains: z.array(domainSchema).check(z.minLength(1)),
  commitments: z.array(commitmentSchema),
});

export type Localized = z.infer<typeof localizedSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Place = z.infer<typeof placeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Precision = z.infer<typeof precisionSchema>;
export type TimeRange = z.infer<typeof timeRangeSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Series = Meeting['series'];
export type Link = z.infer<typeof linkSchema>;
export type LinkKind = Link['kind'];
export type Relationship = z.infer<typeof relationshipSchema>;
export type Span = z.infer<typeof spanSchema>;
export type StatementType = z.infer<typeof statementTypeSchema>;
export type Strength = z.infer<typeof strengthSchema>;
export type Status = (typeof STATUSES)[number];
export type StatusEntry = z.infer<typeof statusEntrySchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type CommitmentKind = Commitment['kind'];
export type DomainGroup = z.infer<typeof domainGroupSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
