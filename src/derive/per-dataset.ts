import type { Dataset } from '../data/schema';

/**
 * Remembers what is derived from a whole dataset for as long as that dataset lives. A loaded
 * dataset is never changed, only replaced, so its identity is a safe key; filters change often,
 * and what does not depend on them should not be derived again on every click.
 */
export function perDataset<T>(derive: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const cache = new WeakMap<Dataset, { value: T }>();
  return (dataset) => {
    const hit = cache.get(dataset);
    if (hit) return hit.value;
    const value = derive(dataset);
    cache.set(dataset, { value });
    return value;
  };
}
