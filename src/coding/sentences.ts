/** A sentence of a source: where it stands in the text (JavaScript string offsets, end exclusive), and its words. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * The sentences of a source, by Intl.Segmenter in the source's language, paragraph by paragraph
 * (one paragraph a line); each without the spaces that follow it, so its offsets frame its words.
 */
export function sentencesOf(text: string, language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const { segment, index } of segmenter.segment(line)) {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if (trimmed !== '') sentences.push({ start: offset + index + lead, end: offset + index + lead + trimmed.length, text: trimmed });
    }
    offset += line.length + 1;
  }
  return sentences;
}
