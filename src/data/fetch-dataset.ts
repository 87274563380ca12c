import { DatasetError } from './dataset-error';
import { fetchText } from './fetch-text';
import { findIntegrityProblems, type SourceTexts } from './find-integrity-problems';
import { limit, parseDataset } from './parse-dataset';
import type { Dataset } from './schema';

/** A dataset that passed every check, with the text of each source it cites. */
export interface LoadedDataset {
  dataset: Dataset;
  sourceTexts: SourceTexts;
  /** Where it came from, as shown to the user. */
  file: string;
}

/** Fetches the dataset and its sources, then validates both; throws a DatasetError otherwise. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const file = fileName(url);
  const dataset = parseDataset(await fetchText(url, file, signal), file);
  const entries = await Promise.all(
    dataset.sources.map(async (source) => {
      const sourceUrl = new URL(source.file, new URL(url, document.baseURI)).href;
      return [source.id, await fetchText(sourceUrl, source.file, signal)] as const;
    }),
  );
  const sourceTexts: SourceTexts = Object.fromEntries(entries);
  const problems = findIntegrityProblems(dataset, sourceTexts);
  if (problems.length > 0) throw new DatasetError('integrity', file, limit(problems));
  return { dataset, sourceTexts, file };
}

function fileName(url: string): string {
  return url.split('/').pop() ?? url;
}
