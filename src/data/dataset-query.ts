import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetError } from './dataset-error';
import { EMBEDDED_DATASET_SHA256 } from './embedded-dataset';
import { fetchDataset } from './fetch-dataset';

/** The embedded dataset, served from `public/data`. */
export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/** Retry only what can heal by itself: network failures and server errors, twice. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  return error instanceof DatasetError && error.retryable && failureCount < 2;
}

export function datasetQueryOptions(url: string = DEFAULT_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    // The embedded dataset was checked by the build: the very same file need not be checked again.
    queryFn: ({ signal }) => fetchDataset(url, signal, url === DEFAULT_DATASET_URL ? EMBEDDED_DATASET_SHA256 : undefined),
    staleTime: Infinity,
    retry: shouldRetry,
  });
}

export function useDataset(url?: string) {
  return useQuery(datasetQueryOptions(url));
}
