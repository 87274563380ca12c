/** Lets the page paint and answer input before the next slice of work. */
export const breathe = () => new Promise<void>((done) => setTimeout(done, 0));

/** Runs work written as slices (a generator that yields between them) to its end, at once. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs work written as slices, letting the page paint and answer input between them. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await breathe();
  }
}
