import { cleanDatasetText } from './clean-text';
import { DatasetError } from './dataset-error';
import type { LoadedDataset } from './fetch-dataset';
import { checkSources } from './check-sources';
import { limit, parseJson, validateDatasetInSlices } from './parse-dataset';

/**
 * Reads a dataset the analyst opened from their own disk: one JSON file of the same schema, with
 * the source texts it cites (matched by file name). Checked exactly as `npm run data:check` checks.
 */
export async function readLocalDataset(files: readonly File[]): Promise<LoadedDataset> {
  const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  const [datasetFile] = json;
  if (!datasetFile || json.length > 1) {
    throw new DatasetError('parse', files.map((f) => f.name).join(', ') || '(no file)', [
      json.length > 1 ? 'open one dataset (.json) at a time, with its source texts' : 'no dataset (.json) among the files opened',
    ]);
  }
  const dataset = await validateDatasetInSlices(parseJson(await datasetFile.text(), datasetFile.name), datasetFile.name);
  const opened = new Map(await Promise.all(files.filter((f) => f !== datasetFile).map(async (f) => [f.name, new Uint8Array(await f.arrayBuffer())] as const)));
  const bytes = new Map<string, Uint8Array>();
  const missing: string[] = [];
  dataset.sources.forEach((source, i) => {
    const name = source.file.split('/').pop() ?? source.file;
    const file = opened.get(name);
    if (file === undefined) missing.push(`sources[${i}] "${source.id}" › file: "${name}" was not among the files opened; open it together with the dataset`);
    else bytes.set(source.id, file);
  });
  if (missing.length > 0) throw new DatasetError('integrity', datasetFile.name, missing);
  const { sourceTexts, problems } = await checkSources(dataset, bytes);
  if (problems.length > 0) throw new DatasetError('integrity', datasetFile.name, limit(problems));
  // Checked as written; shown (and exported) without the characters no label should carry.
  return { dataset: cleanDatasetText(dataset), sourceTexts: cleanDatasetText(sourceTexts), file: datasetFile.name };
}
