// A browser may refuse storage altogether (private modes, policies): the dashboard then forgets.

/** The value kept under `key`, or null where there is none or storage is refused. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `value` under `key`; where storage is full or refused, it lasts until the page closes. */
export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Full or refused: nothing is kept.
  }
}

/** Forgets what is kept under `key`, where storage can be reached. */
export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Refused: nothing was kept either.
  }
}
