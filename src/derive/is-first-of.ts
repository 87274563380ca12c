/** Whether `ids[index]` is the first of its value in the list: an id listed twice counts once. */
export function isFirstOf(ids: readonly string[], index: number): boolean {
  return ids.indexOf(ids[index] ?? '') === index;
}
