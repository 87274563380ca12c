/**
 * The audit table of public/data/README.md: each sentence of a source, by offset, and the records
 * that cite it, statements with their type and strength. Sentences come from Intl.Segmenter in the
 * source's language, paragraph by paragraph (one paragraph a line).
 */
import { sentencesOf, type Sentence } from '../../src/coding/sentences';
import type { Dataset, Evidence } from '../../src/data/schema';

/** The markdown table for one source of the dataset. */
export function sentenceTable(dataset: Dataset, sourceId: string, text: string): string {
  const language = dataset.sources.find((s) => s.id === sourceId)?.language ?? 'fr';
  const cites = (evidence: readonly Evidence[], s: Sentence) => evidence.some((e) => e.sourceId === sourceId && e.start < s.end && s.start < e.end);
  const others: [string, { id: string; evidence: readonly Evidence[] }[]][] = [
    ['event', dataset.events],
    ['relationship', dataset.relationships],
    ['meeting', dataset.meetings],
  ];
  const rows = sentencesOf(text, language).map((s, i) => {
    const statements = dataset.commitments.filter((c) => cites(c.evidence, s)).map((c) => `\`${c.id}\` (${c.statementType}, ${c.strength})`);
    const rest = others.flatMap(([kind, records]) => records.filter((r) => cites(r.evidence, s)).map((r) => `${kind} \`${r.id}\``));
    const words = s.text.split(' ');
    const opening = words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : s.text;
    return `| ${i + 1} | ${s.start}–${s.end} | ${opening.replaceAll('|', '\\|')} | ${[...statements, ...rest].join('; ') || '—'} |`;
  });
  return ['| # | Offsets | Sentence opens | Records that cite it (statements: type, strength) |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
