import { decodeSource, hasWindowsLineEndings } from './decode-source';
import { findIntegrityProblemsInSlices, recordAt, type SourceTexts } from './find-integrity-problems';
import type { Origins } from './merge-corpus';
import type { Dataset } from './schema';
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
  const problems: string[] = [];
  const sourceTexts: Record<string, string> = {};
  // Sources already reported as unreadable: their quotes are not checked against a wrong text.
  const reported = new Set<string>();
  await Promise.all(
    dataset.sources.map(async (source, i) => {
      const bytes = files.get(source.id);
      if (!bytes) return;
      const where = at('sources', i, source.id);
      const decoded = decodeSource(bytes);
      if ('problem' in decoded) {
        problems.push(`${where} › file: "${source.file}": ${decoded.problem}`);
        reported.add(source.id);
        return;
      }
      const digest = await sha256Hex(bytes);
      if (digest !== source.sha256 && hasWindowsLineEndings(decoded.text)) {
        problems.push(
          `${where} › sha256: "${source.file}" has Windows line endings (CR LF) and not the SHA-256 declared; the offsets and the SHA-256 are those of the text with LF line endings — convert the file back to LF (for example with dos2unix)`,
        );
        reported.add(source.id);
        return;
      }
      if (digest !== source.sha256) problems.push(`${where} › sha256: the file's SHA-256 is ${digest}, not ${source.sha256} (was the source edited?)`);
      sourceTexts[source.id] = decoded.text;
    }),
  );
  // In the order of the sources, whatever order the digests finished in.
  const order = new Map(dataset.sources.map((source, i) => [at('sources', i, source.id), i]));
  problems.sort((a, b) => sourceIndex(a, order) - sourceIndex(b, order));
  problems.push(...(await findIntegrityProblemsInSlices(dataset, sourceTexts, reported, origins)));
  return { sourceTexts, problems };
}

function sourceIndex(problem: string, order: ReadonlyMap<string, number>): number {
  return order.get(problem.split(' › ')[0] ?? '') ?? order.get(problem.split(' › ').slice(0, 2).join(' › ')) ?? 0;
}
