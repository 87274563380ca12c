import { decodeSource, hasWindowsLineEndings } from './decode-source';
import { findIntegrityProblemsInSlices, recordAt, type SourceTexts } from './find-integrity-problems';
import type { Origins } from './merge-corpus';
import type { Dataset, Source } from './schema';
import { sha256Hex } from './sha256';

/**
 * Every check of a dataset beyond its schema, the same wherever it runs (`npm run data:check`,
 * the embedded dataset in the browser, a dataset the analyst opens): each source's bytes are
 * UTF-8, their SHA-256 is the one declared, and then every quote, cue, date, reference and rule
 * (findIntegrityProblems). `files` holds each source's bytes by source id; a source missing from
 * it is reported as unread. Returns the texts and every problem, each naming its record and field
 * (and, in a merged corpus, the file it was written in: `origins`).
 */
export async function checkSources(dataset: Dataset, files: ReadonlyMap<string, Uint8Array>, origins: Origins = {}): Promise<{ sourceTexts: SourceTexts; problems: string[] }> {
  const at = recordAt(origins);
  // Each source read at once; gathered in the order of the sources, whatever order the digests finish in.
  const read = await Promise.all(dataset.sources.map((source, i) => readSource(source, files.get(source.id), at('sources', i, source.id))));
  const problems = read.flatMap((r) => r?.problems ?? []);
  const sourceTexts: Record<string, string> = {};
  // Sources already reported as unreadable: their quotes are not checked against a wrong text.
  const reported = new Set<string>();
  dataset.sources.forEach((source, i) => {
    const result = read[i];
    // A source not given at all is reported as unread by the checks below.
    if (!result) return;
    if (result.text === undefined) reported.add(source.id);
    else sourceTexts[source.id] = result.text;
  });
  problems.push(...(await findIntegrityProblemsInSlices(dataset, sourceTexts, reported, origins)));
  return { sourceTexts, problems };
}

/**
 * One source's bytes checked: its text (unless it cannot be read as declared) and its problems,
 * each named `where`; undefined for a source whose bytes were not given (reported as unread later).
 */
async function readSource(source: Source, bytes: Uint8Array | undefined, where: string): Promise<{ text?: string; problems: string[] } | undefined> {
  if (!bytes) return undefined;
  const decoded = decodeSource(bytes);
  if ('problem' in decoded) return { problems: [`${where} › file: "${source.file}": ${decoded.problem}`] };
  const digest = await sha256Hex(bytes);
  if (digest !== source.sha256 && hasWindowsLineEndings(decoded.text)) {
    return {
      problems: [
        `${where} › sha256: "${source.file}" has Windows line endings (CR LF) and not the SHA-256 declared; the offsets and the SHA-256 are those of the text with LF line endings — convert the file back to LF (for example with dos2unix)`,
      ],
    };
  }
  return { text: decoded.text, problems: digest === source.sha256 ? [] : [`${where} › sha256: the file's SHA-256 is ${digest}, not ${source.sha256} (was the source edited?)`] };
}
