import { DatasetError } from './dataset-error';
import { formatPath } from './format-path';
import { datasetSchema, type Dataset } from './schema';

const MAX_LISTED_PROBLEMS = 20;

/** Parses the dataset file's text, or throws a DatasetError naming the file and each problem. */
export function parseDataset(body: string, file: string): Dataset {
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
  return validateDataset(raw, file);
}

/** Checks an already-parsed value against the schema. */
export function validateDataset(raw: unknown, file: string): Dataset {
  const result = datasetSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatPath(raw, issue.path)}: ${describeIssue(issue)}`);
  throw new DatasetError('schema', file, limit(problems));
}

interface Issue {
  code: string;
  message: string;
  keys?: string[];
  expected?: unknown;
}

function describeIssue(issue: Issue): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unexpected field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `missing (expected ${String(issue.expected)})`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

export function limit(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `… and ${problems.length - MAX_LISTED_PROBLEMS} more problems`];
}
