import {
  commitmentSchema,
  countrySchema,
  domainGroupSchema,
  domainSchema,
  eventSchema,
  localizedSchema,
  meetingSchema,
  personSchema,
  placeSchema,
  relationshipSchema,
  SCHEMA_VERSION,
  sourceSchema,
} from './schema';
import { z } from './zod';

// A corpus is a folder: a manifest naming its files, shared registries, and one file per readout.
// Merged (src/data/merge-corpus.ts), it is one dataset of the same schema as a single file.

const localId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase kebab-case id'));
const jsonFile = z.string().check(z.regex(/^[\w./-]+\.json$/, 'a relative path to a .json file'));

/** Countries, places, people and domains that every readout of the corpus refers to. */
export const registryFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('registry'),
  /** Additions to the embedded dataset's registry (a readout coded beside it): its records join them. */
  extendsEmbedded: z.optional(z.literal(true)),
  countries: z.optional(z.array(countrySchema)),
  places: z.optional(z.array(placeSchema)),
  people: z.optional(z.array(personSchema)),
  domainGroups: z.optional(z.array(domainGroupSchema)),
  domains: z.optional(z.array(domainSchema)),
});

/**
 * One source document and what was coded from it. Its meeting, events, relationships and
 * commitments are known outside it as "<readout id>/<their id>"; inside it, by their own ids.
 */
export const readoutFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('readout'),
  id: localId,
  source: sourceSchema,
  /** The meeting it reports, when no other readout of the corpus describes it already. */
  meeting: z.optional(meetingSchema),
  events: z.array(eventSchema),
  relationships: z.array(relationshipSchema),
  commitments: z.array(commitmentSchema),
});

/** The corpus itself: its title and where its files are, relative to this manifest. */
export const corpusFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('corpus'),
  title: localizedSchema,
  registries: z.array(jsonFile).check(z.minLength(1)),
  readouts: z.array(jsonFile).check(z.minLength(1)),
});

export type RegistryFile = z.infer<typeof registryFileSchema>;
export type ReadoutFile = z.infer<typeof readoutFileSchema>;
export type CorpusFile = z.infer<typeof corpusFileSchema>;

/** What kind of file of a corpus a parsed JSON value says it is; undefined for a whole dataset. */
export function corpusKindOf(raw: unknown): 'corpus' | 'registry' | 'readout' | undefined {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  return kind === 'corpus' || kind === 'registry' || kind === 'readout' ? kind : undefined;
}
