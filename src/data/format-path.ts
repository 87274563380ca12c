/**
 * Turns a path inside the dataset into the form people read, naming the record by its id
 * when it has one: `commitments[3] "chn-kaz-visa" › domainIds[1]`.
 */
export function formatPath(root: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = root;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? (node as unknown[])[key] : undefined;
      const recordId = idOf(node);
      if (recordId !== undefined) out += ` "${recordId}"`;
    } else {
      out += out === '' ? String(key) : ` › ${String(key)}`;
      node = isRecord(node) ? node[String(key)] : undefined;
    }
  }
  return out === '' ? '(top level)' : out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
}
