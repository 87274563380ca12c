import { DatasetError } from './dataset-error';
import { breathe } from './slices';
import { formatPath } from './format-path';
import { commitmentSchema, datasetSchema, SCHEMA_VERSION, type Dataset } from './schema';
import { z } from './zod';

const commitmentsSchema = z.array(commitmentSchema);

const MAX_LISTED_PROBLEMS = 20;

/** Parses the dataset file's text, or throws a DatasetError naming the file and each problem. */
export function parseDataset(body: string, file: string): Dataset {
  return validateDataset(parseJson(body, file), file);
}

/** The file's text as JSON, or a DatasetError saying why it is not JSON. */
export function parseJson(body: string, file: string): unknown {
  if (body.trim() === '') throw new DatasetError('empty', file, ['the file is empty']);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const looksLikeHtml = /^\s*</.test(body);
    const detail = looksLikeHtml
      ? 'received an HTML page instead of JSON'
      : `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    throw new DatasetError('parse', file, [detail]);
  }
  return raw;
}

/** Checks an already-parsed value against the schema. */
export function validateDataset(raw: unknown, file: string): Dataset {
  const checked = validateWith(datasetSchema, raw);
  if (checked.ok) return checked.value;
  throw new DatasetError('schema', file, limit(checked.problems));
}

/** Checks a parsed value against a schema of the dataset format: its value, or each problem in words. */
export function validateWith<T>(schema: z.ZodMiniType<T>, raw: unknown): { ok: true; value: T } | { ok: false; problems: string[] } {
  const version = versionProblem(raw);
  if (version) return { ok: false, problems: [version] };
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => problemOf(raw, issue)) };
}

/** Commitments checked at a time, between which the page may paint and answer input. */
const SLICE = 1000;


/**
 * Checks an already-parsed value against the schema as validateDataset does, with the same
 * problems in the same words, in slices: the commitments a thousand at a time, so that a large
 * dataset never holds the page in one long task.
 */
export async function validateDatasetInSlices(raw: unknown, file: string): Promise<Dataset> {
  const commitments = (raw as { commitments?: unknown } | null)?.commitments;
  if (!Array.isArray(commitments) || commitments.length <= SLICE) return validateDataset(raw, file);
  const version = versionProblem(raw);
  if (version) throw new DatasetError('schema', file, [version]);
  const rest = datasetSchema.safeParse({ ...(raw as object), commitments: [] });
  const issues: Issue[] = rest.success ? [] : [...rest.error.issues];
  const checked: Dataset['commitments'] = [];
  for (let start = 0; start < commitments.length; start += SLICE) {
    await breathe();
    const slice = commitmentsSchema.safeParse(commitments.slice(start, start + SLICE));
    if (slice.success) checked.push(...slice.data);
    // Where each problem is, in the whole file: the slice's index moved on by where it starts.
    else issues.push(...slice.error.issues.map((issue) => ({ ...issue, path: ['commitments', start + Number(issue.path[0]), ...issue.path.slice(1)] })));
  }
  if (issues.length === 0 && rest.success) return { ...rest.data, commitments: checked };
  throw new DatasetError('schema', file, limit(issues.map((issue) => problemOf(raw, issue))));
}

/** One schema problem in words: where it is in the file, and what is wrong there. */
function problemOf(raw: unknown, issue: Issue): string {
  return `${formatPath(raw, issue.path)}: ${isMissing(raw, issue) ? missing(issue) : describeIssue(issue, valueAt(raw, issue.path))}`;
}

/**
 * A dataset of another format version is explained as such, not as a list of missing fields.
 * Version 1 had one kind of record ("commitments"), one date and one status per record.
 */
function versionProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('schemaVersion' in raw)) return undefined;
  const version = raw.schemaVersion;
  if (version === 1) {
    return `schemaVersion: 1 is the earlier format; this dashboard reads version ${SCHEMA_VERSION}, in which each record says what its sentence does (statementType), how strongly (strength, with its cue words), who with whom (makerIds, partnerIds), when it was stated and agreed, and its dated statuses (see public/data/README.md, "Format version 2")`;
  }
  if (version === 2) {
    return `schemaVersion: 2 is the earlier format; this dashboard reads version ${SCHEMA_VERSION}, which describes each source fully (published, address, extent: complete or excerpt, meetingId) and each meeting's series, and can link a statement to earlier ones (links) (see public/data/README.md, "Format version 3")`;
  }
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return `schemaVersion: ${version} is newer than this dashboard, which reads version ${SCHEMA_VERSION}`;
  }
  return undefined;
}

/** The value at a path of the file, or undefined where there is none. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = raw;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

/** Whether the issue is about a field that is not there at all (or, in a value built in code, is undefined). */
function isMissing(raw: unknown, issue: Issue): boolean {
  if (issue.code === 'unrecognized_keys' || issue.path.length === 0) return false;
  const node = valueAt(raw, issue.path.slice(0, -1));
  return typeof node === 'object' && node !== null && valueAt(node, issue.path.slice(-1)) === undefined;
}

function missing(issue: Issue): string {
  const expected = issue.message.replace(/^Invalid input: /, '').replace(/^(expected|Invalid option: expected one of) /, '').replace(/, received undefined$/, '');
  return expected.startsWith('missing') ? expected : `missing (expected ${expected})`;
}

interface Issue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  keys?: string[];
}

/** A value as the file has it, cut short where long: `"maybe"`, `12`. */
function shown(value: unknown): string {
  // A value built in code may hold undefined, which JSON cannot write.
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
}

function describeIssue(issue: Issue, value?: unknown): string {
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option: expected one of ')) {
    return `${shown(value)} is not one of ${issue.message.slice('Invalid option: expected one of '.length)}`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unexpected field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

export function limit(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `… and ${problems.length - MAX_LISTED_PROBLEMS} more problems`];
}
