import type { Evidence, Span } from '../../data/schema';

interface QuoteWithCuesProps {
  evidence: Evidence;
  /** Words of the quote that set the record's strength: marked, so the coding can be checked by eye. */
  cues: readonly Span[];
  /** The source's language, for the screen reader's voice. */
  language: string;
}

/** A verbatim quote with its cue words marked. */
export function QuoteWithCues({ evidence, cues, language }: QuoteWithCuesProps) {
  const inside = cues
    .filter((cue) => cue.sourceId === evidence.sourceId && cue.start >= evidence.start && cue.end <= evidence.end)
    .sort((a, b) => a.start - b.start);
  const pieces: { text: string; cue: boolean }[] = [];
  let at = evidence.start;
  for (const cue of inside) {
    if (cue.start < at) continue; // overlapping cues: the first one is marked
    pieces.push({ text: evidence.quote.slice(at - evidence.start, cue.start - evidence.start), cue: false });
    pieces.push({ text: evidence.quote.slice(cue.start - evidence.start, cue.end - evidence.start), cue: true });
    at = cue.end;
  }
  pieces.push({ text: evidence.quote.slice(at - evidence.start), cue: false });
  return (
    <blockquote lang={language} className="details__quote">
      {pieces.map((piece, i) => (piece.cue ? <mark key={i} className="details__cue">{piece.text}</mark> : piece.text))}
    </blockquote>
  );
}
