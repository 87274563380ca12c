import { z } from './zod';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase kebab-case id'));
const isoDate = z.iso.date();
const text = z.string().check(z.trim(), z.minLength(1));

/** A label every user sees, in both interface languages. */
export const localizedSchema = z.strictObject({ en: text, fr: text });

/** Where a fact comes from: a verbatim passage of a source document. */
export const evidenceSchema = z.strictObject({
  sourceId: id,
  /** Exact substring of the source text, as it is written there. */
  quote: text,
  /** Offsets into the source text (JavaScript string indices, end exclusive). */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  /** English translation of the quote. */
  translation: text,
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
  date: isoDate,
  publisher: localizedSchema,
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
  name: text,
  sourceSpellings: z.array(text).check(z.minLength(1)),
  countryId: countryIdSchema,
  role: localizedSchema,
  evidence: evidenceList,
});

export const precisionSchema = z.enum(['day', 'month', 'year', 'span']);

/** A date or period, resolved to a closed range of days, with the source's own wording. */
export const timeRangeSchema = z.strictObject({
  start: isoDate,
  end: isoDate,
  precision: precisionSchema,
  /** The words of the source that give the date, verbatim. */
  wording: text,
  /** How the wording was turned into the range, in both languages. */
  resolution: localizedSchema,
});

export const eventSchema = z.strictObject({
  id,
  title: localizedSchema,
  kind: z.enum(['meeting', 'agreement', 'anniversary', 'period']),
  when: timeRangeSchema,
  countryIds: z.array(countryIdSchema).check(z.minLength(1)),
  evidence: evidenceList,
});

export const meetingSchema = z.strictObject({
  id,
  title: localizedSchema,
  /** Which meeting in its series (4 for the fourth). */
  seriesNumber: z.int().check(z.positive()),
  date: isoDate,
  placeId: id,
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

export const partySchema = z.strictObject({
  /** China alone, the five Central Asian countries, both sides, or a named pair or trio. */
  group: z.enum(['china', 'central-asia', 'both-sides', 'named']),
  countryIds: z.array(countryIdSchema).check(z.minLength(1)),
});

export const commitmentSchema = z.strictObject({
  id,
  title: localizedSchema,
  madeBy: partySchema,
  /** People the source quotes or reports as stating it. */
  speakerIds: z.array(id),
  /** Countries it concerns: every country a collective statement names. */
  countryIds: z.array(countryIdSchema).check(z.minLength(1)),
  domainIds: z.array(id).check(z.minLength(1)),
  kind: z.enum(['project', 'field', 'political', 'mechanism']),
  /** When the source records it being made (the day of the readout's talks). */
  madeOn: isoDate,
  /** Dated events or periods the commitment refers to. */
  eventIds: z.array(id),
  status: z.enum(['announced', 'in-progress', 'completed', 'stalled']),
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

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(1),
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
export type Relationship = z.infer<typeof relationshipSchema>;
export type Party = z.infer<typeof partySchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type CommitmentKind = Commitment['kind'];
export type DomainGroup = z.infer<typeof domainGroupSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
