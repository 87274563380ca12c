import { DatasetError } from './dataset-error';
import type { LoadedDataset } from './fetch-dataset';
import { findIntegrityProblems } from './find-integrity-problems';
import { limit, parseDataset } from './parse-dataset';

/**
 * Reads a dataset the analyst opened from their own disk: one JSON file of the same schema, with
 * the source texts it cites (matched by file name). Checked exactly as the embedded dataset is.
 */
export async function readLocalDataset(files: readonly File[]): Promise<LoadedDataset> {
  const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  const [datasetFile] = json;
  if (!datasetFile || json.length > 1) {
    throw new DatasetError('parse', files.map((f) => f.name).join(', ') || '(no file)', [
      json.length > 1 ? 'open one dataset (.json) at a time, with its source texts' : 'no dataset (.json) among the files opened',
    ]);
  }
  const dataset = parseDataset(await datasetFile.text(), datasetFile.name);
  const texts = new Map(await Promise.all(files.filter((f) => f !== datasetFile).map(async (f) => [f.name, await f.text()] as const)));
  const sourceTexts: Record<string, string> = {};
  const missing: string[] = [];
  dataset.sources.forEach((source, i) => {
    const name = source.file.split('/').pop() ?? source.file;
    const text = texts.get(name);
    if (text === undefined) missing.push(`sources[${i}] "${source.id}" › file: "${name}" was not among the files opened; open it together with the dataset`);
    else sourceTexts[source.id] = text;
  });
  if (missing.length > 0) throw new DatasetError('integrity', datasetFile.name, missing);
  const problems = findIntegrityProblems(dataset, sourceTexts);
  if (problems.length > 0) throw new DatasetError('integrity', datasetFile.name, limit(problems));
  return { dataset, sourceTexts, file: datasetFile.name };
}
